/* Private interfaces between the files of uksrand (_uksrand_*). */
#ifndef UKSRAND_RANDOM_H
#define UKSRAND_RANDOM_H

#include <stdint.h>

/* The ChaCha20 block function: 64 bytes of keystream for key, block
 * counter and nonce (words 13-15 of the state are counter >> 32 and
 * nonce[0..1]: the 64-bit-counter layout, equal to RFC 8439's for
 * counters below 2^32 with a zero first nonce word). */
void _uksrand_chacha20_block(const uint32_t key[8], uint64_t counter,
			     const uint32_t nonce[2], uint8_t out[64]);

/* Writes 8 words of seed material; returns 1 if RDRAND gave them. */
int _uksrand_hw_seed(uint32_t key[8]);

#endif

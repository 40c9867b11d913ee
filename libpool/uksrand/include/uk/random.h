/*
 * Random numbers from a ChaCha20 keystream (RFC 8439): the 256-bit seed
 * is the key, the nonce is 0, the 64-bit block counter starts at 0. Not a
 * cryptographic entropy service: the first use seeds it from RDRAND when
 * the CPU has it (QEMU's TCG and current x86 CPUs do), otherwise from the
 * TSC and the clocks only, which an attacker may guess. One generator for
 * the whole unikernel; not safe to call from two threads at once.
 */
#ifndef UK_RANDOM_H
#define UK_RANDOM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Restarts the generator from a fixed seed (for tests and reproducible
 * runs): the key is the first 32 bytes of seed, zero-padded when len is
 * shorter; bytes past 32 are XORed into it. */
void uk_random_seed(const void *seed, size_t len);

/* Reseeds from the hardware (RDRAND, retried as Intel advises) mixed with
 * the TSC and the platform clocks. Returns 1 if RDRAND contributed, 0 if
 * the seed came from the TSC and clocks alone. */
int uk_random_reseed(void);

/* Fills buf with len bytes of the stream; seeds first (uk_random_reseed)
 * if nothing has. Never fails. */
void uk_random_fill(void *buf, size_t len);

/* The next 4 bytes of the stream, little-endian. */
uint32_t uk_random_u32(void);

#ifdef __cplusplus
}
#endif

#endif /* UK_RANDOM_H */

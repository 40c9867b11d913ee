/*
 * The ChaCha20 block function, from its description in RFC 8439, section
 * 2.3: a 4x4 state of 32-bit words (constants, key, counter, nonce), ten
 * double rounds of quarter rounds on columns then diagonals, the input
 * added back, serialised little-endian.
 */
#include "random.h"

#define ROTL(v, n)	(((v) << (n)) | ((v) >> (32 - (n))))

static void quarter(uint32_t *x, int a, int b, int c, int d)
{
	x[a] += x[b];
	x[d] = ROTL(x[d] ^ x[a], 16);
	x[c] += x[d];
	x[b] = ROTL(x[b] ^ x[c], 12);
	x[a] += x[b];
	x[d] = ROTL(x[d] ^ x[a], 8);
	x[c] += x[d];
	x[b] = ROTL(x[b] ^ x[c], 7);
}

void _uksrand_chacha20_block(const uint32_t key[8], uint64_t counter,
			     const uint32_t nonce[2], uint8_t out[64])
{
	/* "expand 32-byte k" */
	uint32_t in[16] = { 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574 };
	uint32_t x[16];
	int i;

	for (i = 0; i < 8; i++)
		in[4 + i] = key[i];
	in[12] = (uint32_t)counter;
	in[13] = (uint32_t)(counter >> 32);
	in[14] = nonce[0];
	in[15] = nonce[1];
	for (i = 0; i < 16; i++)
		x[i] = in[i];
	for (i = 0; i < 10; i++) {
		quarter(x, 0, 4, 8, 12);
		quarter(x, 1, 5, 9, 13);
		quarter(x, 2, 6, 10, 14);
		quarter(x, 3, 7, 11, 15);
		quarter(x, 0, 5, 10, 15);
		quarter(x, 1, 6, 11, 12);
		quarter(x, 2, 7, 8, 13);
		quarter(x, 3, 4, 9, 14);
	}
	for (i = 0; i < 16; i++) {
		uint32_t v = x[i] + in[i];

		out[4 * i] = v;
		out[4 * i + 1] = v >> 8;
		out[4 * i + 2] = v >> 16;
		out[4 * i + 3] = v >> 24;
	}
}

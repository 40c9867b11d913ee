/* sha256.h: SHA-256 (FIPS 180-4), the link cache's key (linkcache.c). */
#ifndef UKLINK_SHA256_H
#define UKLINK_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];
	uint64_t len;      /* bytes hashed so far */
	unsigned char buf[64];
	size_t nbuf;
};

void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *p, size_t n);
void sha256_final(struct sha256 *s, unsigned char out[32]);

#endif

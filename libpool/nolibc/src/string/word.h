/* Word-at-a-time helpers of the string members (private). Unaligned
 * 8-byte loads and stores are fine on the architectures nolibc targets
 * (x86_64, arm64); may_alias keeps the compiler honest about overlap. */
#ifndef _NOLIBC_WORD_H
#define _NOLIBC_WORD_H

#include <stdint.h>

typedef uint64_t __attribute__((may_alias, aligned(1))) _nolibc_uword;
typedef uint32_t __attribute__((may_alias, aligned(1))) _nolibc_uhalf;

#define _NOLIBC_ONES	0x0101010101010101ULL
#define _NOLIBC_HIGHS	0x8080808080808080ULL

static inline uint64_t _nolibc_ld8(const unsigned char *p)
{
	return *(const _nolibc_uword *)p;
}

static inline void _nolibc_st8(unsigned char *p, uint64_t v)
{
	*(_nolibc_uword *)p = v;
}

static inline uint32_t _nolibc_ld4(const unsigned char *p)
{
	return *(const _nolibc_uhalf *)p;
}

static inline void _nolibc_st4(unsigned char *p, uint32_t v)
{
	*(_nolibc_uhalf *)p = v;
}

/* Non-zero when a byte of @v is zero (the lowest such byte's high bit
 * is exact; higher ones may be spurious after it). */
static inline uint64_t _nolibc_haszero(uint64_t v)
{
	return (v - _NOLIBC_ONES) & ~v & _NOLIBC_HIGHS;
}

/* The index of the first zero byte that _nolibc_haszero() flagged. */
static inline unsigned int _nolibc_zeroidx(uint64_t z)
{
	return __builtin_ctzll(z) >> 3;
}

#endif

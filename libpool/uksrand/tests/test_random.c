/* uksrand: ChaCha20 known answers (RFC 8439 appendix A.1 test vector 1,
 * and key 00..1f with nonce 0, checked against OpenSSL's chacha20),
 * reproducible fixed seeds, getrandom, and a light statistical sanity
 * check of the hardware-seeded stream whose bounds (8 standard
 * deviations) a working generator never misses. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <uk/random.h>
#include <uk/test.h>

static int hexeq(const unsigned char *b, const char *hex)
{
	static const char digits[] = "0123456789abcdef";
	size_t i;

	for (i = 0; hex[2 * i]; i++)
		if (digits[b[i] >> 4] != hex[2 * i] ||
		    digits[b[i] & 15] != hex[2 * i + 1])
			return 0;
	return 1;
}

static void check_known_answers(void)
{
	unsigned char key[32], out[96];
	int i;

	uk_random_seed("", 0);
	uk_random_fill(out, 64);
	CHECK(hexeq(out, "76b8e0ada0f13d90405d6ae55386bd28"
			 "bdd219b8a08ded1aa836efcc8b770dc7"
			 "da41597c5157488d7724e03fb8d84a37"
			 "6a43b8f41518a11cc387b669b2ee6586"));
	for (i = 0; i < 32; i++)
		key[i] = i;
	uk_random_seed(key, sizeof(key));
	/* In pieces across the block boundary: the same stream. */
	uk_random_fill(out, 7);
	uk_random_fill(out + 7, 60);
	uk_random_fill(out + 67, 29);
	CHECK(hexeq(out, "39fd2b7dd9c5196a8dbd0377b8dc4a49"
			 "8a35d86fbcde6accb2cc7d4cd8ea2492"));
	CHECK(hexeq(out + 64, "18b84231ade6a6d113615c61af434e27"
			      "f8b1f3f5e1ad5b5cecf8fc122a35755c"));
}

static unsigned char big[65536];

static void check_statistics(void)
{
	unsigned long ones = 0, hist[256] = { 0 }, lo = ~0UL, hi = 0;
	unsigned char a[32], b[32];
	size_t i;
	int hw = uk_random_reseed();

	printf("seeded from %s\n", hw ? "RDRAND" : "the TSC and clocks");
	CHECK(getrandom(big, sizeof(big), 0) == (ssize_t)sizeof(big));
	for (i = 0; i < sizeof(big); i++) {
		ones += __builtin_popcount(big[i]);
		hist[big[i]]++;
	}
	for (i = 0; i < 256; i++) {
		lo = hist[i] < lo ? hist[i] : lo;
		hi = hist[i] > hi ? hist[i] : hi;
	}
	/* 524288 bits: mean 262144, sd 362. Each byte value: mean 256,
	 * sd 16. */
	printf("ones %lu of %lu bits; byte counts %lu..%lu\n", ones,
	       (unsigned long)sizeof(big) * 8, lo, hi);
	CHECK(ones > 262144 - 2900 && ones < 262144 + 2900);
	CHECK(lo > 256 - 128 && hi < 256 + 128);
	uk_random_reseed();
	uk_random_fill(a, sizeof(a));
	uk_random_reseed();
	uk_random_fill(b, sizeof(b));
	CHECK(memcmp(a, b, sizeof(a)) != 0);
	CHECK(uk_random_u32() != uk_random_u32() ||
	      uk_random_u32() != uk_random_u32());
	errno = 0;
	CHECK(getrandom(a, 1, 0x100) == -1 && errno == EINVAL);
}

int main(void)
{
	check_known_answers();
	check_statistics();
	if (fails)
		return 1;
	printf("SUCCESS\n");
	return 0;
}

/* Mbed TLS: every self-test the configuration (include/mbedtls_uk_config.h)
 * enables, verbose, as upstream's programs/test/selftest.c runs them, plus
 * one known answer checked here (SHA-256 of "abc", FIPS 180-2).
 * The entropy self-test runs on the port's hardware source (hwpoll.c:
 * uksrand reseeded from RDRAND, which QEMU's TCG and the host CPU have);
 * without a strong source it fails, it is never skipped. */
#include <stdio.h>
#include <string.h>
#include <mbedtls/config.h>
#include <mbedtls/aes.h>
#include <mbedtls/arc4.h>
#include <mbedtls/base64.h>
#include <mbedtls/bignum.h>
#include <mbedtls/camellia.h>
#include <mbedtls/ccm.h>
#include <mbedtls/chacha20.h>
#include <mbedtls/chachapoly.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/des.h>
#include <mbedtls/dhm.h>
#include <mbedtls/ecp.h>
#include <mbedtls/entropy.h>
#include <mbedtls/gcm.h>
#include <mbedtls/hmac_drbg.h>
#include <mbedtls/md5.h>
#include <mbedtls/pkcs5.h>
#include <mbedtls/poly1305.h>
#include <mbedtls/ripemd160.h>
#include <mbedtls/rsa.h>
#include <mbedtls/sha1.h>
#include <mbedtls/sha256.h>
#include <mbedtls/sha512.h>
#include <mbedtls/x509.h>
#include <mbedtls/xtea.h>

#ifndef MBEDTLS_SELF_TEST
#error "MBEDTLS_SELF_TEST is off in mbedtls_uk_config.h"
#endif

static const struct {
	const char *name;
	int (*fn)(int verbose);
} tests[] = {
	{ "md5", mbedtls_md5_self_test },
	{ "ripemd160", mbedtls_ripemd160_self_test },
	{ "sha1", mbedtls_sha1_self_test },
	{ "sha256", mbedtls_sha256_self_test },
	{ "sha512", mbedtls_sha512_self_test },
	{ "arc4", mbedtls_arc4_self_test },
	{ "des", mbedtls_des_self_test },
	{ "aes", mbedtls_aes_self_test },
	{ "gcm", mbedtls_gcm_self_test },
	{ "ccm", mbedtls_ccm_self_test },
	{ "chacha20", mbedtls_chacha20_self_test },
	{ "poly1305", mbedtls_poly1305_self_test },
	{ "chachapoly", mbedtls_chachapoly_self_test },
	{ "base64", mbedtls_base64_self_test },
	{ "mpi", mbedtls_mpi_self_test },
	{ "rsa", mbedtls_rsa_self_test },
	{ "x509", mbedtls_x509_self_test },
	{ "xtea", mbedtls_xtea_self_test },
	{ "camellia", mbedtls_camellia_self_test },
	{ "ctr_drbg", mbedtls_ctr_drbg_self_test },
	{ "hmac_drbg", mbedtls_hmac_drbg_self_test },
	{ "ecp", mbedtls_ecp_self_test },
	{ "dhm", mbedtls_dhm_self_test },
	{ "pkcs5", mbedtls_pkcs5_self_test },
};

static const unsigned char abc_sha256[32] = {
	0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40, 0xde,
	0x5d, 0xae, 0x22, 0x23, 0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17, 0x7a, 0x9c,
	0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00, 0x15, 0xad,
};

int main(void)
{
	unsigned char md[32];
	unsigned i, n, failed = 0;

	for (i = 0; i < sizeof(tests) / sizeof(tests[0]); i++) {
		int r = tests[i].fn(1);

		if (r) {
			printf("FAIL %s self-test: %d\n", tests[i].name, r);
			failed++;
		}
	}
	n = i;
	n++;
	if (mbedtls_entropy_self_test(1)) {
		printf("FAIL entropy self-test\n");
		failed++;
	}
	if (mbedtls_sha256_ret((const unsigned char *)"abc", 3, md, 0) ||
	    memcmp(md, abc_sha256, sizeof(md))) {
		printf("FAIL sha256(\"abc\")\n");
		failed++;
	}
	printf("%u self-tests and 1 known answer, %u failed\n", n, failed);
	printf(failed ? "FAILURE\n" : "SUCCESS\n");
	return failed ? 1 : 0;
}

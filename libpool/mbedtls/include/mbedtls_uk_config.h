/* Mbed TLS configuration of the uklink port, on top of upstream's default
 * (mbedtls/config.h includes this file: patches/0001). A unikernel has no
 * file system, no BSD sockets in the pool's libc and, until the platform
 * contract has one, no clock; entropy comes from the hardware:
 * mbedtls_hardware_poll (hwpoll.c) reseeds uksrand from RDRAND and fails
 * when the CPU has none, so a guessable seed is never a strong source.
 *
 * MBEDTLS_SELF_TEST stays on (upstream's default): the mbedtls_*_self_test()
 * functions (printf, and rand() for the RSA test) are linked only by
 * images that call them (tests/test_selftest.c). */
#ifndef UK_MBEDTLS_CONFIG_H
#define UK_MBEDTLS_CONFIG_H

#undef MBEDTLS_FS_IO
#undef MBEDTLS_NET_C
#undef MBEDTLS_TIMING_C
#undef MBEDTLS_HAVE_TIME
#undef MBEDTLS_HAVE_TIME_DATE
#undef MBEDTLS_PSA_ITS_FILE_C
#undef MBEDTLS_PSA_CRYPTO_STORAGE_C
#undef MBEDTLS_PADLOCK_C		/* 32-bit x86 only */
#define MBEDTLS_NO_PLATFORM_ENTROPY	/* no /dev/urandom, no getrandom() */
#define MBEDTLS_ENTROPY_HARDWARE_ALT	/* mbedtls_hardware_poll: hwpoll.c */
/* bignum's 128-by-64-bit division would call compiler-rt's __udivti3,
 * which the pool does not have: use upstream's portable division. */
#define MBEDTLS_NO_UDBL_DIVISION

#endif

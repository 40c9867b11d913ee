/* Mbed TLS's hardware entropy source (MBEDTLS_ENTROPY_HARDWARE_ALT,
 * mbedtls/entropy_poll.h), on uksrand: every poll reseeds the generator
 * from RDRAND and hands out its stream. Without RDRAND uksrand's seed is
 * the TSC and the clocks, which an attacker may guess: the poll then
 * fails, and Mbed TLS refuses to run without a strong source instead of
 * running on a weak one. */
#include <stddef.h>
#include <mbedtls/entropy.h>
#include <mbedtls/entropy_poll.h>
#include <uk/random.h>

int mbedtls_hardware_poll(void *data, unsigned char *output, size_t len,
			  size_t *olen)
{
	(void)data;
	*olen = 0;
	if (!uk_random_reseed())
		return MBEDTLS_ERR_ENTROPY_SOURCE_FAILED;
	uk_random_fill(output, len);
	*olen = len;
	return 0;
}

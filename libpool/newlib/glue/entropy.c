/* Random bytes for newlib's arc4random, which calls getentropy:
 * uksrand's generator (docs/time.md; uksrand also gives getrandom). Its
 * own member, so that uksrand is linked only when randomness is asked
 * for. */
#include <errno.h>
#include <stddef.h>
#include <uk/random.h>

int getentropy(void *buf, size_t len)
{
	if (len > 256) {
		errno = EIO;	/* POSIX: at most 256 bytes per call */
		return -1;
	}
	uk_random_fill(buf, len);
	return 0;
}

#include <errno.h>
#include <unistd.h>
#include <uk/random.h>

/* Up to 256 random bytes from uksrand (EIO beyond, as glibc). */
int getentropy(void *buf, size_t n)
{
	if (n > 256) {
		errno = EIO;
		return -1;
	}
	uk_random_fill(buf, n);
	return 0;
}

#include <errno.h>
#include <sys/random.h>
#include <uk/random.h>

ssize_t getrandom(void *buf, size_t len, unsigned int flags)
{
	if (flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) {
		errno = EINVAL;
		return -1;
	}
	if (len > 0x7fffffff)
		len = 0x7fffffff;	/* Linux's limit for one call */
	uk_random_fill(buf, len);
	return (ssize_t)len;
}

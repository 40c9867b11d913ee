#include <string.h>

/* glibc's (GNU) strerror_r: the message, which is constant here (@buf is
 * not needed). */
char *strerror_r(int err, char *buf, size_t n)
{
	(void)buf, (void)n;
	return strerror(err);
}

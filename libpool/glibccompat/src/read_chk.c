#include "compat.h"
#include <unistd.h>

long __read_chk(int fd, void *buf, size_t n, size_t blen)
{
	if (n > blen)
		__chk_fail();
	return read(fd, buf, n);
}

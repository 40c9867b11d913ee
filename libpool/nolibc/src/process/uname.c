/* uname and the host name: ukposix's, in glibc's struct utsname. */
#include <errno.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>
#include <uk/posix.h>

_Static_assert(sizeof(struct utsname) == sizeof(struct ukposix_utsname),
	       "struct utsname is not Linux's");

int uname(struct utsname *u)
{
	ukposix_uname((struct ukposix_utsname *)u);
	return 0;
}

static int ret(int r)
{
	if (r < 0) {
		errno = -r;
		return -1;
	}
	return 0;
}

int gethostname(char *buf, size_t size)
{
	return ret(ukposix_gethostname(buf, size));
}

int sethostname(const char *name, size_t len)
{
	return ret(ukposix_sethostname(name, len));
}

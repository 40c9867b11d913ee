/* uname and the host name: ukposix's answers (the ones both C libraries
 * give), in glibc's struct utsname (patches/0013). */
#include <sys/utsname.h>
#include <unistd.h>
#include <uk/posix.h>
#include "fd.h"

_Static_assert(sizeof(struct utsname) == sizeof(struct ukposix_utsname),
	       "newlib's struct utsname is Linux's (patches/0013)");

int gethostname(char *buf, size_t size);
int sethostname(const char *name, size_t len);

int uname(struct utsname *u)
{
	ukposix_uname((struct ukposix_utsname *)u);
	return 0;
}

int gethostname(char *buf, size_t size)
{
	return glue_ret(ukposix_gethostname(buf, size));
}

int sethostname(const char *name, size_t len)
{
	return glue_ret(ukposix_sethostname(name, len));
}

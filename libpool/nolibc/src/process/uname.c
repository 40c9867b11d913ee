/* The system's names: "uklink" on its machine, one host name (settable). */
#include <errno.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

static char host[65] = "uklink";

int uname(struct utsname *u)
{
	memset(u, 0, sizeof(*u));
	strcpy(u->sysname, "uklink");
	strcpy(u->nodename, host);
	strcpy(u->release, "0.1");
	strcpy(u->version, "uklink unikernel");
	strcpy(u->machine, "x86_64");
	return 0;
}

int gethostname(char *buf, size_t size)
{
	size_t n = strlen(host) + 1;

	if (n > size) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(buf, host, n);
	return 0;
}

int sethostname(const char *name, size_t len)
{
	if (len >= sizeof(host)) {
		errno = EINVAL;
		return -1;
	}
	memcpy(host, name, len);
	host[len] = 0;
	return 0;
}

/* The system's names: "uklink" on its machine; one host name. */
#include <uk/posix.h>
#include <errno.h>
#include <string.h>

/* The architecture part (<arch>/machine.c): "x86_64"... */
extern const char _ukposix_machine[];

static char host[65] = "uklink";

void ukposix_uname(struct ukposix_utsname *u)
{
	memset(u, 0, sizeof(*u));
	strcpy(u->sysname, "uklink");
	strcpy(u->nodename, host);
	strcpy(u->release, "0.1");
	strcpy(u->version, "uklink unikernel");
	strcpy(u->machine, _ukposix_machine);
}

int ukposix_gethostname(char *buf, size_t size)
{
	size_t n = strlen(host) + 1;

	if (n > size)
		return -ENAMETOOLONG;
	memcpy(buf, host, n);
	return 0;
}

int ukposix_sethostname(const char *name, size_t len)
{
	if (len >= sizeof(host))
		return -EINVAL;
	memcpy(host, name, len);
	host[len] = 0;
	return 0;
}

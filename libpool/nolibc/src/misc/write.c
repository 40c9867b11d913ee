#include <unistd.h>
#include <errno.h>
#include <uk/plat/console.h>

/* Until a VFS exists, the only descriptors are the console's. */
ssize_t write(int fd, const void *buf, size_t len)
{
	int r;

	if (fd != STDOUT_FILENO && fd != STDERR_FILENO) {
		errno = EBADF;
		return -1;
	}
	if (len > 0x7fffffff)
		len = 0x7fffffff;
	/* stderr goes to the host's error stream where the platform has one. */
	if (fd == STDERR_FILENO && ukplat_coute)
		r = ukplat_coute(buf, len);
	else
		r = ukplat_coutk(buf, len);
	if (r < 0) {
		errno = -r;
		return -1;
	}
	return r;
}

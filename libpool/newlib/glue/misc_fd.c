/* File calls newlib for x86_64-elf declares or glibc has, but newlib does
 * not define: creat, sync, and the advice calls (files live in memory). */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

void sync(void);
int posix_fadvise(int fd, off_t off, off_t len, int advice);
int posix_fallocate(int fd, off_t off, off_t len);

int creat(const char *path, mode_t mode)
{
	return open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
}

void sync(void)
{
}

int posix_fadvise(int fd, off_t off, off_t len, int advice)
{
	struct stat st;

	(void)off, (void)len, (void)advice;
	return fstat(fd, &st) ? errno : 0;
}

/* Makes [off, off + len) part of the file (ramfs allocates as it
 * writes): grows the size when that range ends past it. */
int posix_fallocate(int fd, off_t off, off_t len)
{
	struct stat st;

	if (off < 0 || len <= 0)
		return EINVAL;
	if (fstat(fd, &st))
		return errno;
	if (off + len > st.st_size && ftruncate(fd, off + len))
		return errno;
	return 0;
}

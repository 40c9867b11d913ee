/* The console alone as fds 0, 1 and 2: what vfscore_read, vfscore_write,
 * vfscore_close, vfscore_lseek, vfscore_fstat and vfscore_isatty answer
 * when vfscore is not linked. Each C library's member for read, write,
 * ... carries a weak vfscore_X that returns vfscore_console_X (so printf
 * links no file system); vfscore's strong definitions win when it is
 * linked, and its console file (console.c) answers the same. Kernel
 * convention: a count or 0, or a negative Linux errno. */
#ifndef __UK_VFS_CONSOLE_H__
#define __UK_VFS_CONSOLE_H__

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <uk/plat/console.h>
#include <uk/vfs.h>

#ifdef __cplusplus
extern "C" {
#endif

/* 0 if @fd is one of the console's, else -EBADF. */
static inline int vfscore_console_fd(int fd)
{
	return (unsigned int)fd <= 2 ? 0 : -EBADF;
}

/* Waits for input; 0 once it has ended. */
static inline long vfscore_console_read(int fd, void *buf, size_t len)
{
	if (vfscore_console_fd(fd))
		return -EBADF;
	return ukplat_cink_wait((char *)buf,
				len > 0x7fffffff ? 0x7fffffff : (unsigned)len);
}

/* stderr goes to the host's error stream where the platform has one. */
static inline long vfscore_console_write(int fd, const void *buf,
					 size_t len)
{
	unsigned int n = len > 0x7fffffff ? 0x7fffffff : (unsigned int)len;

	if (vfscore_console_fd(fd))
		return -EBADF;
	if (fd == 2 && ukplat_coute)
		return ukplat_coute((const char *)buf, n);
	return ukplat_coutk((const char *)buf, n);
}

/* Closing the console changes nothing. */
static inline int vfscore_console_close(int fd)
{
	return vfscore_console_fd(fd);
}

static inline int64_t vfscore_console_lseek(int fd)
{
	return vfscore_console_fd(fd) ? -EBADF : -ESPIPE;
}

/* A character device (newlib then line-buffers stdout). */
static inline void vfscore_console_stat(struct vfscore_stat *st)
{
	*st = (struct vfscore_stat){ .mode = VFSCORE_S_IFCHR | 0620,
				     .nlink = 1, .blksize = 1024 };
}

static inline int vfscore_console_fstat(int fd, struct vfscore_stat *st)
{
	if (vfscore_console_fd(fd))
		return -EBADF;
	vfscore_console_stat(st);
	return 0;
}

/* The platform says whether the host's side of stream @fd is a terminal
 * (yes when it cannot tell). */
static inline int vfscore_console_isatty(int fd)
{
	if (vfscore_console_fd(fd))
		return -EBADF;
	return !ukplat_cisatty || ukplat_cisatty(fd) ? 1 : -ENOTTY;
}

#ifdef __cplusplus
}
#endif

#endif /* __UK_VFS_CONSOLE_H__ */

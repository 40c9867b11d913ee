/*
 * The initrd on linuxu (<uk/plat/initrd.h>): a file of the host named by
 * "--uk-initrd=FILE" among the first arguments (after --uk-heap=MB if
 * both are given), mapped read-only and private. The argument is removed
 * from argv before main sees it. Reached only through vfscore's weak
 * reference (a forced member): an image without a file system leaves the
 * argument to main.
 */
#include <uk/plat/initrd.h>
#include "syscall.h"
#include "linuxu.h"

#define AT_FDCWD	(-100)
#define O_RDONLY	0
#define SEEK_END	2
#define PROT_READ	1
#define MAP_PRIVATE	2

static const char key[] = "--uk-initrd=";

/* Returns the path and removes the argument, or NULL. */
static const char *take_arg(void)
{
	const char *a;
	unsigned int i;
	int k;

	if (_linuxu_argc < 2)
		return NULL;
	a = _linuxu_argv[1];
	for (i = 0; i < sizeof(key) - 1; i++)
		if (a[i] != key[i])
			return NULL;
	for (k = 1; k < _linuxu_argc; k++)
		_linuxu_argv[k] = _linuxu_argv[k + 1];
	_linuxu_argc--;
	return a + i;
}

int ukplat_initrd(const void **base, size_t *len)
{
	static const void *map;
	static long size = -1;
	const char *path;
	long fd;

	if (size < 0) {
		path = take_arg();
		size = 0;
		if (path) {
			fd = _linuxu_sc4(__NR_openat, AT_FDCWD, (long)path,
					 O_RDONLY, 0);
			if (fd < 0)
				return (int)(size = fd);
			/* the size without struct stat, whose layout is the
			 * architecture's */
			size = _linuxu_sc3(__NR_lseek, fd, 0, SEEK_END);
			if (size > 0)
				map = (const void *)_linuxu_sc6(__NR_mmap, 0,
					size, PROT_READ, MAP_PRIVATE, fd, 0);
			_linuxu_sc3(__NR_close, fd, 0, 0);
			if ((unsigned long)map > -4096UL)
				size = (long)map;
		}
	}
	*base = map;
	*len = size > 0 ? (size_t)size : 0;
	return size < 0 ? (int)size : 0;
}

#include "compat.h"

void *mmap64(void *addr, size_t len, int prot, int flags, int fd,
	     int64_t off)
{
	return _glibccompat_mmap(addr, len, prot, flags, fd, off);
}

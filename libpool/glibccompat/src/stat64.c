#include "compat.h"

/* struct stat64 is struct stat on x86_64, glibc's layout in both C
 * libraries (nolibc's sys/stat.h; newlib's patches/0005). */
int stat64(const char *path, void *st)
{
	return _glibccompat_stat(path, st);
}

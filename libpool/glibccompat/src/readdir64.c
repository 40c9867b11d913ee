#include "compat.h"

/* struct dirent64 is struct dirent on x86_64 (glibc's layout in both C
 * libraries). */
void *readdir64(void *dir)
{
	return _glibccompat_readdir(dir);
}

int readdir64_r(void *dir, void *ent, void **res)
{
	return _glibccompat_readdir_r(dir, ent, res);
}

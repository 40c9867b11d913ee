#include "fd.h"
#include <fcntl.h>
#include <stdio.h>

int renameat(int olddirfd, const char *old, int newdirfd, const char *new_)
{
	return _nolibc_fdret(vfscore_renameat(olddirfd, old, newdirfd, new_));
}

int rename(const char *old, const char *new_)
{
	return renameat(AT_FDCWD, old, AT_FDCWD, new_);
}

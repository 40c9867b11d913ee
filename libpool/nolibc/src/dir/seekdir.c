#include "dir.h"
#include <unistd.h>

/* A directory fd's offset counts entries ("." and ".." included). */
void seekdir(DIR *d, long pos)
{
	if (lseek(d->fd, pos, SEEK_SET) >= 0)
		d->pos = pos;
}

void rewinddir(DIR *d)
{
	seekdir(d, 0);
}

long telldir(DIR *d)
{
	return d->pos;
}

#include "dir.h"

void seekdir(DIR *d, long pos)
{
	vfscore_dir_seek(&d->v, pos);
}

void rewinddir(DIR *d)
{
	seekdir(d, 0);
}

long telldir(DIR *d)
{
	return d->v.pos;
}

/* vfscore's file status in newlib's struct stat (private to the glue). */
#ifndef _NEWLIB_GLUE_STAT_H
#define _NEWLIB_GLUE_STAT_H

#include <sys/stat.h>
#include <uk/vfs.h>

static inline void glue_stat(struct stat *st, const struct vfscore_stat *v)
{
	*st = (struct stat){ .st_ino = v->ino, .st_mode = v->mode,
			     .st_nlink = v->nlink, .st_size = v->size,
			     .st_blksize = v->blksize,
			     .st_blocks = (v->size + 511) / 512 };
}

#endif

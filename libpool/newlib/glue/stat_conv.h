/* vfscore's file status in newlib's struct stat (glibc's layout,
 * patches/0005), and times between timespecs and vfscore's nanoseconds
 * (private to the glue). */
#ifndef _NEWLIB_GLUE_STAT_H
#define _NEWLIB_GLUE_STAT_H

#include <sys/stat.h>
#include <uk/vfs.h>

static inline struct timespec glue_ts(int64_t ns)
{
	return (struct timespec){ ns / 1000000000, ns % 1000000000 };
}

static inline void glue_stat(struct stat *st, const struct vfscore_stat *v)
{
	*st = (struct stat){ .st_ino = v->ino, .st_mode = v->mode,
			     .st_nlink = v->nlink, .st_size = v->size,
			     .st_uid = v->uid, .st_gid = v->gid,
			     .st_blksize = v->blksize,
			     .st_blocks = (v->size + 511) / 512,
			     .st_atim = glue_ts(v->atime),
			     .st_mtim = glue_ts(v->mtime),
			     .st_ctim = glue_ts(v->ctime) };
}

#endif

/* Directory streams (POSIX), with glibc's x86_64 struct dirent. Entries
 * come in creation order after "." and ".." (docs/vfs.md). */
#ifndef _DIRENT_H
#define _DIRENT_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct dirent {
	ino_t d_ino;
	off_t d_off;		/* the position after this entry */
	unsigned short d_reclen;
	unsigned char d_type;	/* DT_* */
	char d_name[256];
};

/* d_type: the file type bits of st_mode, shifted down. */
#define DT_UNKNOWN	0
#define DT_FIFO		1
#define DT_CHR		2
#define DT_DIR		4
#define DT_BLK		6
#define DT_REG		8
#define DT_LNK		10
#define DT_SOCK		12
#define IFTODT(mode)	(((mode) & 0170000) >> 12)
#define DTTOIF(type)	((type) << 12)

typedef struct _nolibc_dir DIR;

/* Opens the directory @path / on @fd (which the stream then owns): the
 * stream, or NULL with errno (ENOENT, ENOTDIR, ENOMEM). */
DIR *opendir(const char *path);
DIR *fdopendir(int fd);
/* The next entry (in the stream's own storage, until the next call), or
 * NULL at the end (errno unchanged) or on error (errno set). */
struct dirent *readdir(DIR *d);
int readdir_r(DIR *d, struct dirent *entry, struct dirent **result);
int closedir(DIR *d);
void rewinddir(DIR *d);
long telldir(DIR *d);
void seekdir(DIR *d, long pos);
int dirfd(DIR *d);
/* The entries of @path that @filter accepts (all if NULL), sorted by
 * @cmp (unsorted if NULL), in a malloc()ed array of malloc()ed entries:
 * their count, or -1 with errno. */
int scandir(const char *path, struct dirent ***list,
	    int (*filter)(const struct dirent *),
	    int (*cmp)(const struct dirent **, const struct dirent **));
/* strcoll() of the names (the C locale: strcmp). */
int alphasort(const struct dirent **a, const struct dirent **b);

#ifdef __cplusplus
}
#endif

#endif

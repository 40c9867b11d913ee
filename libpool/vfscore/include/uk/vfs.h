/* vfscore, the file-descriptor core (consumer API): a table of file
 * descriptors over files of three kinds, the console (fds 0, 1 and 2 at
 * boot), pipes, and the vnodes of a mounted filesystem (ramfs, as /).
 * The C libraries' POSIX calls (open, read, write, ...) are thin wrappers
 * that turn the negative errno returned here into errno and -1.
 *
 * Every call returns a count, an fd or 0, or a negative errno with Linux's
 * values (nolibc's <errno.h>); flag values are Linux's too, the ones a
 * host-compiled object passes. This header needs nothing of a libc beyond
 * <stddef.h> and <stdint.h>, so that any libc's glue can include it.
 * Filesystems implement <uk/vfs_driver.h>. */
#ifndef __UK_VFS_H__
#define __UK_VFS_H__

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* vfscore_open() flags (Linux's values). */
#define VFSCORE_O_ACCMODE	03
#define VFSCORE_O_RDONLY	00
#define VFSCORE_O_WRONLY	01
#define VFSCORE_O_RDWR		02
#define VFSCORE_O_CREAT		0100
#define VFSCORE_O_EXCL		0200
#define VFSCORE_O_TRUNC		01000
#define VFSCORE_O_APPEND	02000
#define VFSCORE_O_DIRECTORY	0200000

/* File types in vfscore_stat.mode (POSIX's values, the same in every
 * libc), above the permission bits. */
#define VFSCORE_S_IFMT		0170000
#define VFSCORE_S_IFDIR		0040000
#define VFSCORE_S_IFCHR		0020000
#define VFSCORE_S_IFREG		0100000
#define VFSCORE_S_IFIFO		0010000

/* Longest path component. */
#define VFSCORE_NAME_MAX	255
/* Descriptors per image: fds are 0 .. VFSCORE_NR_FDS - 1. */
#define VFSCORE_NR_FDS		64

struct vfscore_stat {
	uint64_t ino;		/* unique among live files of one kind */
	uint32_t mode;		/* type and permission bits */
	uint32_t nlink;		/* directory entries naming the file */
	int64_t size;		/* bytes (files), bytes waiting (pipes) */
	uint32_t blksize;	/* preferred I/O size */
};

/* Opens @path (absolute, or relative to /: there is no working
 * directory) with @flags (VFSCORE_O_*; others are ignored); @mode gives
 * the permission bits of a file O_CREAT creates. Returns the lowest free
 * fd, or -ENOENT, -EEXIST (O_CREAT|O_EXCL), -EISDIR (a directory opened
 * for writing), -ENOTDIR, -ENAMETOOLONG, -EMFILE, -ENOMEM. */
int vfscore_open(const char *path, int flags, unsigned int mode);

/* Reads up to @len bytes at the file's offset (regular files) into @buf.
 * Returns the count, 0 at end of file (a pipe: empty with no writer
 * left), or -EBADF (not open for reading), -EISDIR, -EAGAIN (empty pipe
 * with a writer: there are no threads to wait for). The console reads
 * what has arrived, 0 if nothing has. */
long vfscore_read(int fd, void *buf, size_t len);

/* Writes @len bytes of @buf at the file's offset (at its end with
 * O_APPEND). Returns the count, or -EBADF, -ENOSPC/-ENOMEM, -EPIPE (no
 * reader left), -EAGAIN (full pipe). */
long vfscore_write(int fd, const void *buf, size_t len);

/* Frees @fd; the file goes when its last fd does. 0 or -EBADF. */
int vfscore_close(int fd);

/* Moves the offset (@whence: 0 SEEK_SET, 1 SEEK_CUR, 2 SEEK_END).
 * Returns the new offset, or -EBADF, -EINVAL, -ESPIPE (pipe, console). */
int64_t vfscore_lseek(int fd, int64_t off, int whence);

/* Describes the file behind @fd. 0 or -EBADF. */
int vfscore_fstat(int fd, struct vfscore_stat *st);

/* Describes the file @path names. 0 or the errors of vfscore_open(). */
int vfscore_stat(const char *path, struct vfscore_stat *st);

/* 1 if @fd is the console, else -ENOTTY (or -EBADF). */
int vfscore_isatty(int fd);

/* A new fd (the lowest free) for @fd's file: offset and flags shared.
 * Returns it, or -EBADF, -EMFILE. */
int vfscore_dup(int fd);

/* Makes @to an fd for @fd's file, closing @to first if open. Returns
 * @to, or -EBADF (@fd not open, @to out of range). */
int vfscore_dup2(int fd, int to);

/* A pipe: @fds[0] reads what @fds[1] writes, through a 4 KiB ring. 0 or
 * -EMFILE, -ENOMEM. */
int vfscore_pipe(int fds[2]);

/* Removes the name @path of a non-directory; the file lives on while it
 * is open. 0, or -ENOENT, -EISDIR, -ENOTDIR. */
int vfscore_unlink(const char *path);

/* Creates the directory @path. 0, or -EEXIST, -ENOENT, -ENOTDIR,
 * -ENOMEM. */
int vfscore_mkdir(const char *path, unsigned int mode);

/* Removes the empty directory @path. 0, or -ENOENT, -ENOTDIR,
 * -ENOTEMPTY, -EBUSY (the root). */
int vfscore_rmdir(const char *path);

/* Where and why vfscore_unpack stopped. */
struct vfscore_unpack_error {
	size_t off;		/* byte offset of the entry's header */
	const char *name;	/* the entry's name (in the archive), or NULL */
	const char *why;	/* what is wrong, in English */
};

/* Unpacks the cpio "newc" archive of @len bytes at @archive (the initrd
 * format, <uk/cpio.h>) into the file system, names relative to /. The
 * whole archive is checked first: nothing is created from a bad one.
 * Directories are created as needed (existing ones are kept), files
 * replace existing ones, permission bits are kept. 0, or a negative
 * errno with @err filled: -EINVAL (a bad archive), -ENOSPC, -ENOMEM,
 * -ENOTDIR or -EISDIR (an entry clashes with what exists). */
int vfscore_unpack(const void *archive, size_t len,
		   struct vfscore_unpack_error *err);

#ifdef __cplusplus
}
#endif

#endif /* __UK_VFS_H__ */

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
#define VFSCORE_O_NONBLOCK	04000	/* a file status flag: fcntl, FIONBIO */
#define VFSCORE_O_DIRECTORY	0200000
#define VFSCORE_O_NOFOLLOW	0400000	/* open fails (ELOOP) on a link */

/* The *at() calls' directory fd for "the working directory", and their
 * flags (Linux's values). */
#define VFSCORE_AT_FDCWD		(-100)
#define VFSCORE_AT_SYMLINK_NOFOLLOW	0x100
#define VFSCORE_AT_REMOVEDIR		0x200	/* unlinkat: rmdir */
#define VFSCORE_AT_EACCESS		0x200	/* accessat: no difference */
#define VFSCORE_AT_SYMLINK_FOLLOW	0x400	/* linkat */
#define VFSCORE_AT_EMPTY_PATH		0x1000	/* "" names dirfd itself */

/* File types in vfscore_stat.mode (POSIX's values, the same in every
 * libc), above the permission bits. */
#define VFSCORE_S_IFMT		0170000
#define VFSCORE_S_IFDIR		0040000
#define VFSCORE_S_IFCHR		0020000
#define VFSCORE_S_IFREG		0100000
#define VFSCORE_S_IFIFO		0010000
#define VFSCORE_S_IFLNK		0120000

/* Longest path component. */
#define VFSCORE_NAME_MAX	255
/* Descriptors per image: fds are 0 .. VFSCORE_NR_FDS - 1 (FD_SETSIZE:
 * a server holds one per connection, select() reaches them all). */
#define VFSCORE_NR_FDS		1024

/* Longest path getcwd() and a symbolic link's target may have. */
#define VFSCORE_PATH_MAX	4096

struct vfscore_stat {
	uint64_t ino;		/* unique among live files of one kind */
	uint32_t mode;		/* type and permission bits */
	uint32_t nlink;		/* directory entries naming the file */
	int64_t size;		/* bytes (files, links: the target's length),
				 * bytes waiting (pipes) */
	uint32_t blksize;	/* preferred I/O size */
	uint32_t uid, gid;	/* owner: 0 unless chown() said otherwise */
	/* Times in ns since the epoch (0 where the platform has no wall
	 * clock): last read or utimens (a), data change (m), any change
	 * (c). Reads do not update atime (as Linux's noatime). */
	int64_t atime, mtime, ctime;
};

/* A directory entry (vfscore_readdir). */
struct vfscore_dirent {
	uint64_t ino;
	uint32_t type;		/* VFSCORE_S_IF* of the entry */
	char name[VFSCORE_NAME_MAX + 1];
};

/* Filesystem figures (vfscore_statvfs): ramfs's blocks are the heap's
 * pages. */
struct vfscore_statvfs {
	uint64_t bsize;		/* block size */
	uint64_t blocks, bfree;	/* total, free (and available) */
	uint64_t files, ffree;	/* inodes: used + free, free */
	uint64_t namemax;
};

/* utimens times: "now" and "leave as is" (Linux's tv_nsec values, here
 * as the whole value). */
#define VFSCORE_UTIME_NOW	((1l << 30) - 1)
#define VFSCORE_UTIME_OMIT	((1l << 30) - 2)

/* Every call that takes a path resolves it from the root (absolute) or
 * the working directory (relative; the *at calls: from the directory
 * @dirfd is open on, or the working directory for VFSCORE_AT_FDCWD),
 * following symbolic links in every component but the last, and in the
 * last too where the call says "follows". Errors of every path call:
 * -ENOENT, -ENOTDIR, -ENAMETOOLONG, -ELOOP (more than 40 links), -EBADF
 * or -ENOTDIR (a bad @dirfd). */

/* Opens @path (follows, unless VFSCORE_O_NOFOLLOW: -ELOOP) with @flags (VFSCORE_O_*; others are ignored); @mode gives
 * the permission bits of a file O_CREAT creates. Returns the lowest free
 * fd, or -ENOENT, -EEXIST (O_CREAT|O_EXCL), -EISDIR (a directory opened
 * for writing), -ENOTDIR, -ENAMETOOLONG, -EMFILE, -ENOMEM. */
int vfscore_open(const char *path, int flags, unsigned int mode);
int vfscore_openat(int dirfd, const char *path, int flags, unsigned int mode);

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

/* Describes the file @path names (follows). 0 or a path error. */
int vfscore_stat(const char *path, struct vfscore_stat *st);
/* The same, not following a last link with VFSCORE_AT_SYMLINK_NOFOLLOW
 * (lstat), or describing @dirfd's own file for "" with
 * VFSCORE_AT_EMPTY_PATH. */
int vfscore_statat(int dirfd, const char *path, struct vfscore_stat *st,
		   int flags);

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
 * -ENOTEMPTY, -EBUSY (the root, the working directory, or one open). */
int vfscore_rmdir(const char *path);

/* unlinkat, mkdirat: the same from @dirfd (unlinkat with
 * VFSCORE_AT_REMOVEDIR is rmdir). */
int vfscore_unlinkat(int dirfd, const char *path, int flags);
int vfscore_mkdirat(int dirfd, const char *path, unsigned int mode);

/* Moves the entry @old to @new (neither followed), replacing what @new
 * names: a file by a file, an empty directory by a directory. 0, or
 * -EISDIR / -ENOTDIR (kinds differ), -ENOTEMPTY, -EBUSY (the root, the
 * working directory, an open directory), -EINVAL (a directory into
 * itself), -ENOMEM. Renaming a name onto itself or onto another link of
 * the same file does nothing. */
int vfscore_renameat(int olddirfd, const char *old, int newdirfd,
		     const char *new_);
/* A new name @new for the file @old (not a directory: -EPERM; follows a
 * last link only with VFSCORE_AT_SYMLINK_FOLLOW). 0, or -EEXIST. */
int vfscore_linkat(int olddirfd, const char *old, int newdirfd,
		   const char *new_, int flags);
/* A symbolic link @path whose target is @target (any text up to
 * VFSCORE_PATH_MAX - 1 bytes, resolved when the link is followed: from
 * the link's directory when relative). 0, or -EEXIST, -ENOMEM. */
int vfscore_symlinkat(const char *target, int dirfd, const char *path);
/* Copies the target of link @path (up to @len bytes, no NUL); the count,
 * or -EINVAL (not a link). */
long vfscore_readlinkat(int dirfd, const char *path, char *buf, size_t len);

/* Does @path exist (follows unless VFSCORE_AT_SYMLINK_NOFOLLOW)? @mode
 * 0 (F_OK) or R_OK 4 | W_OK 2 | X_OK 1: there is one user, root, so
 * reading and writing are allowed and executing needs an x bit (or a
 * directory). 0, or -EACCES. */
int vfscore_accessat(int dirfd, const char *path, int mode, int flags);
/* Permission bits (07777) and owner; nothing is enforced. Follow unless
 * VFSCORE_AT_SYMLINK_NOFOLLOW. 0 or a path error (fd calls: -EBADF, and
 * -EPERM on a pipe or the console). A uid or gid of -1 is "unchanged". */
int vfscore_chmodat(int dirfd, const char *path, unsigned int mode,
		    int flags);
int vfscore_fchmod(int fd, unsigned int mode);
int vfscore_chownat(int dirfd, const char *path, uint32_t uid, uint32_t gid,
		    int flags);
int vfscore_fchown(int fd, uint32_t uid, uint32_t gid);
/* Sets the access and modification times to @ns[0], @ns[1] (ns since the
 * epoch, or exactly VFSCORE_UTIME_NOW / VFSCORE_UTIME_OMIT; @ns NULL:
 * both now; the libc checks its timespecs). 0, or a path error. */
int vfscore_utimensat(int dirfd, const char *path, const int64_t ns[2],
		      int flags);
int vfscore_futimens(int fd, const int64_t ns[2]);

/* Sets the size of the regular file @path / open for writing on @fd
 * (follows): bytes past the end read as zeros. 0, or -EISDIR, -EINVAL
 * (a negative size or not a regular file), -EBADF, -ENOMEM. */
int vfscore_truncate(const char *path, int64_t size);
int vfscore_ftruncate(int fd, int64_t size);
/* Files live in memory: 0 if @fd is open, else -EBADF. */
int vfscore_fsync(int fd);

/* Reads / writes at offset @off without moving the file's offset.
 * -ESPIPE on a pipe or the console, -EINVAL for a negative @off. */
long vfscore_pread(int fd, void *buf, size_t len, int64_t off);
long vfscore_pwrite(int fd, const void *buf, size_t len, int64_t off);

/* The next entry of the directory open on @fd (at its offset, which
 * counts entries: lseek to 0 rewinds), "." and ".." first. 1 and *@d, 0
 * at the end, or -EBADF, -ENOTDIR. Entries created while reading come
 * after the others; a removal may make the next call skip one. */
int vfscore_readdir(int fd, struct vfscore_dirent *d);

/* A directory stream, the state opendir's DIR shares in every libc: the
 * directory's fd, entries read (telldir), the last one read. */
struct vfscore_dir {
	int fd;
	long pos;
	struct vfscore_dirent ent;
};
/* Makes @d a stream on @fd (which must be open on a directory; the stream
 * then owns it): 0, or -EBADF, -ENOTDIR. */
int vfscore_dir_init(struct vfscore_dir *d, int fd);
/* The next entry into @d->ent: 1, 0 at the end, or -errno. */
int vfscore_dir_read(struct vfscore_dir *d);
/* Back to entry number @pos (telldir's value; 0 rewinds): 0 or -errno. */
int vfscore_dir_seek(struct vfscore_dir *d, long pos);

/* The working directory (initially /). chdir follows links: 0, or a path
 * error; fchdir: the directory open on @fd. getcwd writes its absolute
 * path into @buf: the length with its NUL, or -ERANGE (@size too small),
 * -ENOENT (it was removed). */
int vfscore_chdir(const char *path);
int vfscore_fchdir(int fd);
long vfscore_getcwd(char *buf, size_t size);

/* The file-creation mask (initially 022), applied to the mode of every
 * file and directory made by a path: returns the old one. */
unsigned int vfscore_umask(unsigned int mask);

/* fcntl (Linux's command values): F_DUPFD 0 / F_DUPFD_CLOEXEC 1030 (the
 * lowest free fd >= @arg), F_GETFD 1 / F_SETFD 2 (FD_CLOEXEC, kept per
 * fd, meaningless without exec), F_GETFL 3 (access mode and status
 * flags) / F_SETFL 4 (O_APPEND and O_NONBLOCK change, others are
 * ignored), and the record locks F_GETLK 5 / F_SETLK 6 / F_SETLKW 7
 * which there is no other process to contend with: they succeed, F_GETLK
 * setting the l_type of the Linux struct flock at @arg to F_UNLCK.
 * Returns the result, or -EBADF, -EINVAL (unknown command or a bad
 * @arg), -EFAULT (F_GETLK without a struct), -EMFILE. */
int vfscore_fcntl(int fd, int cmd, long arg);

/* The root filesystem's figures (any path or fd: there is one). */
int vfscore_statvfs(struct vfscore_statvfs *st);

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

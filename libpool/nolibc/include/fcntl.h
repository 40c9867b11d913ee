/* File control: open() and its flags, with Linux's values so that objects
 * compiled against glibc pass what we expect. */
#ifndef _FCNTL_H
#define _FCNTL_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define O_ACCMODE	03
#define O_RDONLY	00
#define O_WRONLY	01
#define O_RDWR		02
#define O_CREAT		0100
#define O_EXCL		0200
#define O_NOCTTY	0400
#define O_TRUNC		01000
#define O_APPEND	02000
#define O_NONBLOCK	04000
#define O_DIRECTORY	0200000
#define O_CLOEXEC	02000000

/* Opens @path (docs/vfs.md: ramfs; relative paths start at /) with
 * @flags; O_CREAT takes the new file's permission bits as a third
 * argument. O_NOCTTY, O_NONBLOCK and O_CLOEXEC are accepted and change
 * nothing. Returns the lowest free fd, or -1 with errno set. */
int open(const char *path, int flags, ...);

/* open(@path, O_CREAT | O_WRONLY | O_TRUNC, @mode). */
int creat(const char *path, mode_t mode);

#ifdef __cplusplus
}
#endif

#endif

/* Gather/scatter I/O (POSIX), glibc's x86_64 layout. */
#ifndef _SYS_UIO_H
#define _SYS_UIO_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct iovec {
	void *iov_base;
	size_t iov_len;
};

#define IOV_MAX		1024
#define UIO_MAXIOV	IOV_MAX

/* @n buffers in one write (one datagram on a socket) or read; -1 with
 * errno set. */
ssize_t writev(int fd, const struct iovec *iov, int n);
ssize_t readv(int fd, const struct iovec *iov, int n);
/* The same at offset @off of a file, its own offset unmoved (ESPIPE on
 * pipes and sockets). */
ssize_t preadv(int fd, const struct iovec *iov, int n, off_t off);
ssize_t pwritev(int fd, const struct iovec *iov, int n, off_t off);

#ifdef __cplusplus
}
#endif

#endif

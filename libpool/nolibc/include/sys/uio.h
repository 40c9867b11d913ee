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

#ifdef __cplusplus
}
#endif

#endif

/* ioctl(2), with the requests vfscore and the sockets know (Linux's
 * values). */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

#ifdef __cplusplus
extern "C" {
#endif

#define FIONREAD	0x541B
#define FIONBIO		0x5421
#define FIONCLEX	0x5450
#define FIOCLEX		0x5451

/* FIONBIO (int *: non-zero sets O_NONBLOCK), FIONREAD (int *: bytes
 * waiting on a socket or pipe), FIOCLEX/FIONCLEX (accepted). Others: -1
 * with ENOTTY. */
int ioctl(int fd, unsigned long req, ...);

#ifdef __cplusplus
}
#endif

#endif

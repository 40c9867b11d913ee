/*
 * Linux system calls of the platform (private to plat/linuxu): what every
 * architecture shares (errno values, ioctl and sigaction flags, typed
 * wrappers); the architecture's numbers, struct ksigaction, signal stack
 * size and raw calls (_linuxu_sc3/4/6) are in ARCH/syscall_arch.h.
 */
#ifndef _LINUXU_SYSCALL_H
#define _LINUXU_SYSCALL_H

#include "syscall_arch.h"

#define LINUXU_EINTR	4
#define LINUXU_EIO	5
#define LINUXU_EAGAIN	11
#define LINUXU_EINVAL	22
#define LINUXU_EPIPE	32
#define LINUXU_ENOENT	2
#define LINUXU_ENOSPC	28

#define LINUXU_TCGETS	0x5401	/* ioctl: get a terminal's settings */

/* sa_flags of struct ksigaction (the same on every architecture). */
#define SA_SIGINFO	0x00000004
#define SA_RESTORER	0x04000000
#define SA_ONSTACK	0x08000000
#define SA_RESTART	0x10000000
#define SA_NODEFER	0x40000000

/* The signal restorer every sigaction names (ARCH/entry.S). */
void _linuxu_sigreturn(void);

static inline __attribute__((noreturn)) void _linuxu_exit_group(int status)
{
	for (;;)
		_linuxu_sc3(__NR_exit_group, status, 0, 0);
}

#endif /* _LINUXU_SYSCALL_H */

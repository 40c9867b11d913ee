/*
 * The Linux system calls the tap driver makes: x86_64 numbers and
 * calling convention, in the library's x86_64 part (arm64/tap_sys.h has
 * the same names). plat/linuxu keeps its wrappers private; if it
 * publishes them, this file goes.
 */
#ifndef _TAP_SYS_H
#define _TAP_SYS_H

#define TAP_NR_read	0
#define TAP_NR_write	1
#define TAP_NR_open	2
#define TAP_NR_close	3
#define TAP_NR_ioctl	16
#define TAP_NR_writev	20
#define TAP_NR_fcntl	72

static inline long _tap_sys(long n, long a, long b, long c)
{
	long r;

	__asm__ __volatile__("syscall"
			     : "=a"(r)
			     : "a"(n), "D"(a), "S"(b), "d"(c)
			     : "rcx", "r11", "memory");
	return r;
}

/* open(path, flags), mode 0. */
static inline long _tap_open(const char *path, long flags)
{
	return _tap_sys(TAP_NR_open, (long)path, flags, 0);
}

#endif /* _TAP_SYS_H */

/*
 * The Linux system calls the tap driver makes (arm: the ARM EABI
 * numbers, svc #0 with the number in r7; each architecture's part has
 * its tap_sys.h with the same names). plat/linuxu keeps its own wrappers
 * private; when it publishes them, these files go.
 */
#ifndef _TAP_SYS_H
#define _TAP_SYS_H

#define TAP_NR_read	3
#define TAP_NR_write	4
#define TAP_NR_open	5
#define TAP_NR_close	6
#define TAP_NR_ioctl	54
#define TAP_NR_fcntl	55
#define TAP_NR_writev	146

static inline long _tap_sys(long n, long a, long b, long c)
{
	register long r7 __asm__("r7") = n;
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;

	__asm__ __volatile__("svc #0"
			     : "+r"(r0)
			     : "r"(r7), "r"(r1), "r"(r2)
			     : "memory");
	return r0;
}

/* open(path, flags), mode 0. */
static inline long _tap_open(const char *path, long flags)
{
	return _tap_sys(TAP_NR_open, (long)path, flags, 0);
}

#endif /* _TAP_SYS_H */

/*
 * The Linux system calls the tap driver makes (arm64: the generic
 * numbers, svc #0; each architecture's part has its sys.h with the same
 * names). plat/linuxu keeps its own wrappers private; when it publishes
 * them, these files go.
 */
#ifndef _TAP_SYS_H
#define _TAP_SYS_H

#define TAP_NR_fcntl	25
#define TAP_NR_ioctl	29
#define TAP_NR_openat	56
#define TAP_NR_close	57
#define TAP_NR_read	63
#define TAP_NR_write	64
#define TAP_NR_writev	66
#define TAP_AT_FDCWD	(-100)

static inline long _tap_sys4(long n, long a, long b, long c, long d)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;

	__asm__ __volatile__("svc #0"
			     : "+r"(x0)
			     : "r"(x8), "r"(x1), "r"(x2), "r"(x3)
			     : "memory");
	return x0;
}

static inline long _tap_sys(long n, long a, long b, long c)
{
	return _tap_sys4(n, a, b, c, 0);
}

/* open(path, flags), mode 0: openat relative to the working directory. */
static inline long _tap_open(const char *path, long flags)
{
	return _tap_sys4(TAP_NR_openat, TAP_AT_FDCWD, (long)path, flags, 0);
}

#endif /* _TAP_SYS_H */

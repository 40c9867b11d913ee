/*
 * Raw Linux arm64 system calls (private to plat/linuxu; each
 * architecture's part has its syscall_arch.h with the same names,
 * included by the shared ../syscall.h). The image
 * links no C library of the host: these inline wrappers are the whole
 * interface to the kernel. Each returns the kernel's value: >= 0, or
 * -errno. AArch64 uses the generic system call table: no poll (ppoll
 * instead, _linuxu_poll), no arch_prctl (the thread pointer is
 * TPIDR_EL0).
 */
#ifndef _LINUXU_SYSCALL_ARCH_H
#define _LINUXU_SYSCALL_ARCH_H

#define __NR_fcntl		25
#define __NR_ioctl		29
#define __NR_openat		56
#define __NR_close		57
#define __NR_lseek		62
#define __NR_read		63
#define __NR_write		64
#define __NR_ppoll		73
#define __NR_exit_group		94
#define __NR_setitimer		103
#define __NR_clock_gettime	113
#define __NR_clock_nanosleep	115
#define __NR_sigaltstack	132
#define __NR_rt_sigaction	134
#define __NR_rt_sigprocmask	135
#define __NR_rt_sigreturn	139
#define __NR_getpid		172
#define __NR_mmap		222
#define __NR_mprotect		226

/* The kernel's struct sigaction for rt_sigaction (not a C library's):
 * the handler takes (sig, siginfo, ucontext) with SA_SIGINFO, (sig)
 * without. arm64 does not require a restorer, but the kernel's default
 * one is in the vDSO, which a static program need not find: the
 * platform's sigactions name entry.S's _linuxu_sigreturn. */
struct ksigaction {
	void (*handler)(int, void *, void *);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};
/* The crash report's signal stack (crash.c): big enough for the kernel's
 * signal frame with SVE state. */
#define LINUXU_ALTSTACK_SIZE	65536

/* svc #0: the number in x8, arguments in x0-x5, the result in x0. */
static inline long _linuxu_sc6(long n, long a, long b, long c, long d,
			       long e, long f)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;
	register long x4 __asm__("x4") = e;
	register long x5 __asm__("x5") = f;

	__asm__ __volatile__("svc #0"
			     : "+r"(x0)
			     : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4),
			       "r"(x5)
			     : "memory");
	return x0;
}

static inline long _linuxu_sc4(long n, long a, long b, long c, long d)
{
	return _linuxu_sc6(n, a, b, c, d, 0, 0);
}

static inline long _linuxu_sc3(long n, long a, long b, long c)
{
	return _linuxu_sc6(n, a, b, c, 0, 0, 0);
}

/* poll(fds, n, ms) through ppoll: a timeout in milliseconds, < 0 for
 * none. */
static inline long _linuxu_poll(void *fds, long n, long ms)
{
	struct { long s, ns; } t = { ms / 1000, ms % 1000 * 1000000 };

	return _linuxu_sc6(__NR_ppoll, (long)fds, n, ms < 0 ? 0 : (long)&t,
			   0, 8, 0);
}

#endif /* _LINUXU_SYSCALL_ARCH_H */

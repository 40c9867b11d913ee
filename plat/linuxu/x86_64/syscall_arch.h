/*
 * Raw Linux x86_64 system calls (private to plat/linuxu; each
 * architecture's part has its syscall_arch.h with the same names,
 * included by the shared ../syscall.h). The image
 * links no C library of the host: these inline wrappers are the whole
 * interface to the kernel. Each returns the kernel's value: >= 0, or
 * -errno.
 */
#ifndef _LINUXU_SYSCALL_ARCH_H
#define _LINUXU_SYSCALL_ARCH_H

#define __NR_read		0
#define __NR_write		1
#define __NR_close		3
#define __NR_lseek		8
#define __NR_ioctl		16
#define __NR_mmap		9
#define __NR_mprotect		10
#define __NR_rt_sigaction	13
#define __NR_rt_sigprocmask	14
#define __NR_rt_sigreturn	15
#define __NR_ppoll		271
#define __NR_poll		7
#define __NR_setitimer		38
#define __NR_getpid		39
#define __NR_fcntl		72
#define __NR_sigaltstack	131
#define __NR_arch_prctl		158
#define __NR_clock_gettime	228
#define __NR_clock_nanosleep	230
#define __NR_exit_group		231
#define __NR_openat		257

/* The kernel's struct sigaction for rt_sigaction (not a C library's):
 * the handler takes (sig, siginfo, ucontext) with SA_SIGINFO, (sig)
 * without; x86_64 requires a restorer (SA_RESTORER, entry.S's
 * _linuxu_sigreturn). */
struct ksigaction {
	void (*handler)(int, void *, void *);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};
/* The crash report's signal stack (crash.c): big enough for the kernel's
 * signal frame with AVX-512/AMX state. */
#define LINUXU_ALTSTACK_SIZE	32768

/* The kernel clobbers rcx and r11; arguments 4-6 go in r10, r8, r9. */
static inline long _linuxu_sc3(long n, long a, long b, long c)
{
	long r;

	__asm__ __volatile__("syscall"
			     : "=a"(r)
			     : "a"(n), "D"(a), "S"(b), "d"(c)
			     : "rcx", "r11", "memory");
	return r;
}

static inline long _linuxu_sc4(long n, long a, long b, long c, long d)
{
	register long r10 __asm__("r10") = d;
	long r;

	__asm__ __volatile__("syscall"
			     : "=a"(r)
			     : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)
			     : "rcx", "r11", "memory");
	return r;
}

static inline long _linuxu_sc6(long n, long a, long b, long c, long d,
			       long e, long f)
{
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;
	long r;

	__asm__ __volatile__("syscall"
			     : "=a"(r)
			     : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10),
			       "r"(r8), "r"(r9)
			     : "rcx", "r11", "memory");
	return r;
}

/* poll(fds, n, ms): a timeout in milliseconds, < 0 for none. */
static inline long _linuxu_poll(void *fds, long n, long ms)
{
	return _linuxu_sc3(__NR_poll, (long)fds, n, ms);
}

#endif /* _LINUXU_SYSCALL_ARCH_H */

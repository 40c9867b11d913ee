/*
 * Raw Linux system calls of the ARM EABI (private to plat/linuxu; each
 * architecture's part has its syscall_arch.h with the same names,
 * included by the shared ../syscall.h). The image
 * links no C library of the host: these inline wrappers are the whole
 * interface to the kernel. Each returns the kernel's value: >= 0, or
 * -errno. 32-bit ARM: mmap is mmap2 (offsets in pages; the platform maps
 * at offset 0 only), time values are the 32-bit ones, signal sets are 8
 * bytes (sizeof(unsigned long long)) although longs have 4.
 */
#ifndef _LINUXU_SYSCALL_ARCH_H
#define _LINUXU_SYSCALL_ARCH_H

#define __NR_read		3
#define __NR_write		4
#define __NR_close		6
#define __NR_lseek		19
#define __NR_ioctl		54
#define __NR_getpid		20
#define __NR_fcntl		55
#define __NR_setitimer		104
#define __NR_mprotect		125
#define __NR_ppoll		336
#define __NR_poll		168
#define __NR_rt_sigreturn	173
#define __NR_rt_sigaction	174
#define __NR_rt_sigprocmask	175
#define __NR_sigaltstack	186
#define __NR_mmap		192	/* mmap2 */
#define __NR_exit_group		248
#define __NR_clock_gettime	263
#define __NR_clock_nanosleep	265
#define __NR_openat		322
#define __ARM_NR_set_tls	0x0f0005

/* The kernel's struct sigaction for rt_sigaction (not a C library's):
 * the handler takes (sig, siginfo, ucontext) with SA_SIGINFO, (sig)
 * without. The mask is the kernel's 8-byte sigset_t at offset 12 (4-byte
 * aligned, as the kernel lays it out). The restorer (SA_RESTORER,
 * entry.S's _linuxu_sigreturn) spares the kernel its own trampoline. */
typedef unsigned long long ksigset_4 __attribute__((aligned(4)));
struct ksigaction {
	void (*handler)(int, void *, void *);
	unsigned long flags;
	void (*restorer)(void);
	ksigset_4 mask;
};
_Static_assert(sizeof(struct ksigaction) == 20, "struct sigaction layout");
/* The crash report's signal stack (crash.c): big enough for the kernel's
 * signal frame with VFP state. */
#define LINUXU_ALTSTACK_SIZE	16384

/* svc #0: the number in r7, arguments in r0-r5, the result in r0. */
static inline long _linuxu_sc6(long n, long a, long b, long c, long d,
			       long e, long f)
{
	register long r7 __asm__("r7") = n;
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	register long r3 __asm__("r3") = d;
	register long r4 __asm__("r4") = e;
	register long r5 __asm__("r5") = f;

	__asm__ __volatile__("svc #0"
			     : "+r"(r0)
			     : "r"(r7), "r"(r1), "r"(r2), "r"(r3), "r"(r4),
			       "r"(r5)
			     : "memory");
	return r0;
}

static inline long _linuxu_sc4(long n, long a, long b, long c, long d)
{
	return _linuxu_sc6(n, a, b, c, d, 0, 0);
}

static inline long _linuxu_sc3(long n, long a, long b, long c)
{
	return _linuxu_sc6(n, a, b, c, 0, 0, 0);
}

/* poll(fds, n, ms): a timeout in milliseconds, < 0 for none. */
static inline long _linuxu_poll(void *fds, long n, long ms)
{
	return _linuxu_sc3(__NR_poll, (long)fds, n, ms);
}

#endif /* _LINUXU_SYSCALL_ARCH_H */

/* Non-local jumps (C11 7.13, POSIX sigsetjmp) with glibc's jmp_buf
 * (x86_64: 200 bytes; aarch64: 312 bytes; armhf: 392 bytes), so objects compiled against glibc's <setjmp.h>
 * agree: there setjmp() is _setjmp() (the signal mask is not saved) and
 * sigsetjmp() is __sigsetjmp(); longjmp and siglongjmp restore the mask
 * when it was saved. */
#ifndef _SETJMP_H
#define _SETJMP_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct __jmp_buf_tag {
#if defined(__aarch64__)
	unsigned long long __jmpbuf[22];	/* ARCH/setjmp.S */
#elif defined(__arm__)
	int __jmpbuf[64] __attribute__((aligned(8)));	/* arm/setjmp.S */
#else
	long __jmpbuf[8];	/* rbx rbp r12 r13 r14 r15 rsp rip */
#endif
	int __mask_was_saved;
	/* a sigset_t: 1024 bits */
	unsigned long __saved_mask[1024 / (8 * sizeof(unsigned long))];
} jmp_buf[1];
typedef jmp_buf sigjmp_buf;

int setjmp(jmp_buf env) __attribute__((returns_twice));
int _setjmp(jmp_buf env) __attribute__((returns_twice));
int __sigsetjmp(jmp_buf env, int savemask) __attribute__((returns_twice));
#define sigsetjmp(env, savemask) __sigsetjmp(env, savemask)
void longjmp(jmp_buf env, int val) __attribute__((noreturn));
void _longjmp(jmp_buf env, int val) __attribute__((noreturn));
void siglongjmp(sigjmp_buf env, int val) __attribute__((noreturn));

#ifdef __cplusplus
}
#endif

#endif

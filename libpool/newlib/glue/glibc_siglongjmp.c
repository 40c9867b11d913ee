/* glibc's siglongjmp, for objects compiled against glibc's headers (a
 * macro in newlib's): restores the signal mask that __sigsetjmp saved
 * (ARCH/glibc_setjmp.S; glibc's jmp_buf layout), then newlib's
 * longjmp. */
#include <signal.h>
#include "glibc_jmp_buf.h"	/* ARCH/: GLIBC_JMP_REGS */

struct glibc_jmp_buf {
	long regs[GLIBC_JMP_REGS];	/* newlib's setjmp */
	int mask_was_saved;
	sigset_t mask;
};

void longjmp(long *env, int val) __attribute__((noreturn));
void siglongjmp(struct glibc_jmp_buf *env, int val)
	__attribute__((noreturn));

void siglongjmp(struct glibc_jmp_buf *env, int val)
{
	if (env->mask_was_saved)
		sigprocmask(SIG_SETMASK, &env->mask, 0);
	longjmp(env->regs, val);
}

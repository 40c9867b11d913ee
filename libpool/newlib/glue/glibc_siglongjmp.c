/* glibc's siglongjmp, for objects compiled against glibc's headers (a
 * macro in newlib's): restores the signal mask that __sigsetjmp saved
 * (x86_64/glibc_setjmp.S; glibc's jmp_buf layout), then newlib's
 * longjmp. */
#include <signal.h>

struct glibc_jmp_buf {
	long regs[8];		/* newlib's setjmp */
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

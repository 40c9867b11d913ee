/* The signal-mask half of sigsetjmp/siglongjmp (ARCH/setjmp.S saves
 * and restores the registers): glibc's jmp_buf keeps a flag after the
 * registers (x86_64: at 64, aarch64: at 176), then the mask. */
#include <setjmp.h>
#include <signal.h>

int _nolibc_sigjmp_save(sigjmp_buf env, int savemask)
{
	env->__mask_was_saved = savemask != 0;
	if (savemask)
		sigprocmask(SIG_BLOCK, NULL, (sigset_t *)&env->__saved_mask);
	return 0;
}

void _nolibc_sigjmp_restore(sigjmp_buf env)
{
	sigprocmask(SIG_SETMASK, (sigset_t *)&env->__saved_mask, NULL);
}

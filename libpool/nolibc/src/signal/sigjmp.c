/* The signal-mask half of sigsetjmp/siglongjmp (x86_64/setjmp.S saves
 * and restores the registers): glibc's jmp_buf keeps a flag at 64 and
 * the mask at 72. */
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

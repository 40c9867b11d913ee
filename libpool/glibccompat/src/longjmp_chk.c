#include "compat.h"

/* _FORTIFY_SOURCE's longjmp and siglongjmp (glibc checks that the jump
 * goes up the stack). glibc's longjmp also restores a mask that
 * sigsetjmp saved: siglongjmp does both. */
void __longjmp_chk(void *env, int val)
{
	_glibccompat_siglongjmp(env, val);
}

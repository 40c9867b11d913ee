/* A new context's first frame, in the layout switch.S pops. */
#include <uk/arch/ctx.h>

void _arm_ctx_start(void);

/* Words of the frame, from the saved sp up. */
enum { F_FPSCR, F_PAD, F_D8, F_R4 = F_D8 + 16, F_R5, F_LR = F_R4 + 9 };
_Static_assert((F_LR + 1) * 4 == UKARCH_CTX_FRAME, "switch.S frame");

void ukarch_ctx_init(struct ukarch_ctx *ctx, void *stack_top,
		     void (*entry)(void *arg), void *arg)
{
	unsigned long *f = (unsigned long *)stack_top -
			   UKARCH_CTX_FRAME / sizeof(unsigned long);
	unsigned int i;

	for (i = 0; i < UKARCH_CTX_FRAME / sizeof(unsigned long); i++)
		f[i] = 0;	/* FPSCR 0: round to nearest, no traps */
	f[F_R4] = (unsigned long)entry;
	f[F_R5] = (unsigned long)arg;
	f[F_LR] = (unsigned long)_arm_ctx_start;
	ctx->sp = (unsigned long)f;
}

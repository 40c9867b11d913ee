/* A new context's first frame, in the layout switch.S pops. */
#include <uk/arch/ctx.h>

void _arm64_ctx_start(void);
extern unsigned char _arm64_ctx_daif;

enum { F_X19, F_X20, F_X29 = 10, F_X30, F_D8, F_FPCR = 20, F_DAIF };

void ukarch_ctx_init(struct ukarch_ctx *ctx, void *stack_top,
		     void (*entry)(void *arg), void *arg)
{
	unsigned long *f = (unsigned long *)stack_top -
			   UKARCH_CTX_FRAME / sizeof(unsigned long);
	unsigned long daif = 0;
	int i;

	if (_arm64_ctx_daif)
		__asm__ __volatile__("mrs %0, daif" : "=r"(daif));
	for (i = 0; i < UKARCH_CTX_FRAME / 8; i++)
		f[i] = 0;
	f[F_X19] = (unsigned long)entry;
	f[F_X20] = (unsigned long)arg;
	f[F_X30] = (unsigned long)_arm64_ctx_start;
	f[F_DAIF] = daif;	/* FPCR 0: round to nearest, no traps */
	ctx->sp = (unsigned long)f;
}

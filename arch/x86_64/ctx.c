/* A new context's first frame, in the layout switch.S pops. */
#include <uk/arch/ctx.h>

void _x86_64_ctx_start(void);

#define RFLAGS_RESERVED	0x002UL	/* bit 1 always reads as one */
#define RFLAGS_IF	0x200UL
#define MXCSR_DEFAULT	0x1f80U	/* all exceptions masked, round to nearest */
#define FCW_DEFAULT	0x037fU	/* what fninit sets */

void ukarch_ctx_init(struct ukarch_ctx *ctx, void *stack_top,
		     void (*entry)(void *arg), void *arg)
{
	unsigned long *sp = (unsigned long *)stack_top;
	unsigned long flags;

	__asm__ __volatile__("pushfq; popq %0" : "=r"(flags));
	*--sp = (unsigned long)_x86_64_ctx_start;
	*--sp = RFLAGS_RESERVED | (flags & RFLAGS_IF);
	*--sp = 0;			/* rbp */
	*--sp = (unsigned long)entry;	/* rbx */
	*--sp = (unsigned long)arg;	/* r12 */
	*--sp = 0;			/* r13 */
	*--sp = 0;			/* r14 */
	*--sp = 0;			/* r15 */
	*--sp = ((unsigned long)FCW_DEFAULT << 32) | MXCSR_DEFAULT;
	ctx->sp = (unsigned long)sp;
}

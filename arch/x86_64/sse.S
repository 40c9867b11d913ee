/*
 * ukarch_sse_enable: x87/SSE on, before any C. Compilers use SSE registers
 * for ordinary code (struct copies, memset, floating point), and objects
 * from a plain `cc -c` assume it, so the platform entry calls this first.
 */
#include <uk/arch/lcpu.h>

	.section .rodata
	.balign 4
_x86_64_mxcsr_default:
	.long 0x1f80	/* all SIMD exceptions masked, round to nearest */

	.text
	.globl ukarch_sse_enable
	.type ukarch_sse_enable, @function
ukarch_sse_enable:
	movq %cr0, %rax
	andq $~(X86_CR0_EM | X86_CR0_TS), %rax
	orq $X86_CR0_MP, %rax
	movq %rax, %cr0
	movq %cr4, %rax
	orq $(X86_CR4_OSFXSR | X86_CR4_OSXMMEXCPT), %rax
	movq %rax, %cr4
	fninit
	ldmxcsr _x86_64_mxcsr_default(%rip)
	ret
	.size ukarch_sse_enable, . - ukarch_sse_enable

/*
 * Process entry: ENTRY() of ld/arm-linuxu.ld, a forced member (nothing
 * references it by symbol). The kernel starts us in ARM state with sp
 * pointing at argc, then argv[], NULL, envp[], NULL, auxv[]; sp is
 * 8-byte aligned; r0 holds an exit hook for dynamically linked programs
 * only (ignored).
 */
	.syntax unified
	.arm
	.text
	.globl _linuxu_entry
	.type _linuxu_entry, %function
_linuxu_entry:
	mov	r11, #0		/* outermost frame, for backtraces */
	mov	lr, #0
	mov	r0, sp
	bic	sp, sp, #15	/* 16-byte aligned, as on the other arches */
	bl	_linuxu_start
	udf	#0
	.size _linuxu_entry, . - _linuxu_entry

/* Signal restorer: returns from a signal handler through rt_sigreturn.
 * The platform's sigactions name this one (SA_RESTORER) rather than rely
 * on the kernel's trampoline page, which QEMU's user mode may not have. */
	.globl _linuxu_sigreturn
	.type _linuxu_sigreturn, %function
_linuxu_sigreturn:
	mov	r7, #173	/* __NR_rt_sigreturn */
	svc	#0
	udf	#0
	.size _linuxu_sigreturn, . - _linuxu_sigreturn

/*
 * Process entry: ENTRY() of ld/arm64-linuxu.ld, a forced member (nothing
 * references it by symbol). The kernel starts us with sp pointing at
 * argc, then argv[], NULL, envp[], NULL, auxv[]; sp is 16-byte aligned;
 * x0 holds an exit hook for dynamically linked programs only (ignored).
 */
	.text
	.globl _linuxu_entry
	.type _linuxu_entry, @function
_linuxu_entry:
	mov x29, #0		/* outermost frame, for backtraces */
	mov x30, #0
	mov x0, sp
	bl _linuxu_start
	brk #1
	.size _linuxu_entry, . - _linuxu_entry

/* Signal restorer: returns from a signal handler through rt_sigreturn.
 * Without SA_RESTORER the arm64 kernel would use the vDSO's, which a
 * static program need not find; the platform's sigactions name this one. */
	.globl _linuxu_sigreturn
	.type _linuxu_sigreturn, @function
_linuxu_sigreturn:
	mov x8, #139		/* __NR_rt_sigreturn */
	svc #0
	brk #1
	.size _linuxu_sigreturn, . - _linuxu_sigreturn

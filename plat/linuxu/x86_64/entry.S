/*
 * Process entry: ENTRY() of ld/x86_64-linuxu.ld, a forced member (nothing
 * references it by symbol). The kernel starts us with rsp pointing at
 * argc, then argv[], NULL, envp[], NULL, auxv[]; rsp is 16-byte aligned;
 * rdx holds an exit hook for dynamically linked programs only (ignored).
 */
	.text
	.globl _linuxu_entry
	.type _linuxu_entry, @function
_linuxu_entry:
	xorl %ebp, %ebp		/* outermost frame, for backtraces */
	movq %rsp, %rdi
	andq $-16, %rsp		/* already aligned; cheap insurance */
	call _linuxu_start
	ud2
	.size _linuxu_entry, . - _linuxu_entry

/* Signal restorer (SA_RESTORER is mandatory on x86_64): returns from a
 * signal handler through rt_sigreturn. Here rather than in crash.c so that
 * the bitcode has no module-level assembly. */
	.globl _linuxu_sigreturn
	.type _linuxu_sigreturn, @function
_linuxu_sigreturn:
	movl $15, %eax		/* __NR_rt_sigreturn */
	syscall
	ud2
	.size _linuxu_sigreturn, . - _linuxu_sigreturn

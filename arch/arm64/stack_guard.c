/*
 * The stack-protector guard of arm64 code: GCC and clang compile
 * -fstack-protector for AArch64 against a global __stack_chk_guard (not
 * a thread-pointer slot as on x86_64). Linked only into images whose code
 * reads it; the platform seeds it before main through ukarch_tcb_init()
 * (uk/arch/ctx.h: kvm from RNDR or the counter, linuxu from the kernel's
 * AT_RANDOM). The initial value stands until then; its low byte is zero,
 * which stops string overflows from reading it.
 */
unsigned long __stack_chk_guard = 0x595e9fbd94fda700UL;

/* glibc's aarch64 jmp_buf: newlib's setjmp registers (x19-x30, sp,
 * d8-d15) take its first 22 words (glibc_setjmp.S). */
#define GLIBC_JMP_REGS	22

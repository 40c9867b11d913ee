/* glibc's x86_64 jmp_buf: newlib's setjmp registers take its first 8
 * words (glibc_setjmp.S). */
#define GLIBC_JMP_REGS	8

/* An invalid instruction (ud2): #UD through SIGILL, status 127. */
#include <stdio.h>

__attribute__((noinline)) void bad_insn(void)
{
	__asm__ __volatile__("ud2");
}

int main(void)
{
	printf("executing ud2\n");
	bad_insn();
	printf("still alive\n");
	return 0;
}

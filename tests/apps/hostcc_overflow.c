/* Overflows a stack buffer (argv[1] "smash": a loop the compiler cannot
 * check, caught by -fstack-protector's canary when the function returns)
 * or a fortified strcpy ("fortify": caught by __strcpy_chk). Either way
 * the program must stop before printing "not reached". */
#include <stdio.h>
#include <string.h>

static const char *volatile text = "far too long for eight bytes";

__attribute__((noinline)) static void smash(int n)
{
	char buf[8];
	volatile int i;

	for (i = 0; i < n; i++)
		buf[i] = text[i % 28];
	printf("%c\n", buf[0]);
}

__attribute__((noinline)) static void fortify(void)
{
	char buf[8];

	strcpy(buf, text);
	printf("%s\n", buf);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "smash"))
		smash(40);
	else
		fortify();
	puts("not reached");
	return 0;
}

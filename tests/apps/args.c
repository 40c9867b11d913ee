/* Prints its arguments in hex, one per line, so that no console or
 * terminal translation can hide a wrong byte (tests/test_run_args.py). */
#include <stdio.h>

int main(int argc, char **argv)
{
	printf("argc=%d\n", argc);
	for (int i = 1; i < argc; i++) {
		printf("arg%d=", i);
		for (const unsigned char *p = (const unsigned char *)argv[i];
		     *p; p++)
			printf("%02x", *p);
		printf(".\n");
	}
	return 0;
}

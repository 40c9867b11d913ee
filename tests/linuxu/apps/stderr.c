/* One line to stdout, one to stderr: each must reach its own descriptor. */
#include <stdio.h>

int main(void)
{
	printf("to stdout\n");
	fprintf(stderr, "to stderr\n");
	return 3;
}

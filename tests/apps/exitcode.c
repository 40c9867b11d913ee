/* Returns the number given as its first argument: the host must see it. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char *argv[])
{
	int status = argc > 1 ? atoi(argv[1]) : 0;
	printf("exiting with %d\n", status);
	return status;
}

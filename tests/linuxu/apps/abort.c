/* abort() must print and stop with the crash status. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	printf("aborting\n");
	abort();
}

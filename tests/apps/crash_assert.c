/* A failed UK_ASSERT prints where and what, then crashes. */
#include <stdio.h>
#include <uk/assert.h>

int main(int argc, char *argv[])
{
	(void)argv;
	printf("asserting\n");
	UK_ASSERT(argc == 42);
	printf("still alive\n");
	return 0;
}

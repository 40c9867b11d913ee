/* rand() is random() (as in glibc, so that a seeded program prints the
 * numbers it prints there). */
#include <stdlib.h>

int rand(void)
{
	return (int)random();
}

void srand(unsigned s)
{
	srandom(s);
}

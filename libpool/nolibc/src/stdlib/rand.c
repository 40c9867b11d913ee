#include <stdlib.h>

/* A 64-bit LCG (Knuth's MMIX constants), the top 31 bits returned: not
 * for cryptography. Without srand() the sequence is that of srand(1). */
static unsigned long long seed;

void srand(unsigned s)
{
	seed = s - 1;
}

int rand(void)
{
	seed = 6364136223846793005ULL * seed + 1;
	return (int)(seed >> 33);
}

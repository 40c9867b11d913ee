/* Allocates argv[1] MiB (default 8), writes every byte, checks and frees
 * it; prints "heap ok N" or "heap full N" when malloc fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char *argv[])
{
	int mb = argc > 1 ? atoi(argv[1]) : 8;
	size_t n = (size_t)mb << 20, i;
	unsigned char *p = malloc(n);

	if (!p) {
		printf("heap full %d\n", mb);
		return 1;
	}
	memset(p, 0xa5, n);
	for (i = 0; i < n; i += 4096)
		if (p[i] != 0xa5)
			return 2;
	free(p);
	printf("heap ok %d\n", mb);
	return 0;
}

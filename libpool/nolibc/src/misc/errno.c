#include <errno.h>

/* One errno for the image, so that images without threads pay nothing
 * for it: with threads, uksched keeps it per thread by swapping its value
 * on every switch (docs/threads.md). */
static int errno_val;

int *__errno_location(void)
{
	return &errno_val;
}

#include <errno.h>

/* One errno for the image: there is a single thread of control until a
 * scheduler provides per-thread storage (and its own __errno_location). */
static int errno_val;

int *__errno_location(void)
{
	return &errno_val;
}

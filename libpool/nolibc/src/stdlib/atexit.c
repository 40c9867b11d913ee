#include <stdlib.h>

#define NATEXIT 32

static void (*handlers[NATEXIT])(void);
static int nhandlers;

int atexit(void (*fn)(void))
{
	if (nhandlers == NATEXIT)
		return -1;
	handlers[nhandlers++] = fn;
	return 0;
}

/* Called by exit(): last registered first; a handler may register more. */
void _nolibc_atexit_run(void)
{
	while (nhandlers > 0)
		handlers[--nhandlers]();
}

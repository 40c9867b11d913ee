#include <stdlib.h>
#include <uk/plat/console.h>
#include <uk/plat/bootstrap.h>

/* Straight to the console: stdio may be what is broken. */
void abort(void)
{
	ukplat_coutk("abort()\n", 8);
	ukplat_crash();
}

#include "compat.h"
#include <uk/plat/console.h>
#include <uk/plat/bootstrap.h>

/* A fortified function found its destination too small. */
void __chk_fail(void)
{
	ukplat_coutk("buffer overflow detected\n", 25);
	ukplat_crash();
}

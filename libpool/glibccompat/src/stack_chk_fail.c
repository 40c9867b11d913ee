#include "compat.h"
#include <uk/plat/console.h>
#include <uk/plat/bootstrap.h>

void __stack_chk_fail(void)
{
	ukplat_coutk("stack smashing detected\n", 24);
	ukplat_crash();
}

/* The platform's own messages on the console (plat.h). */
#include <uk/plat/bootstrap.h>
#include <uk/plat/console.h>
#include "plat.h"

void PLAT_PRIV(puts)(const char *s)
{
	unsigned int n = 0;

	while (s[n])
		n++;
	ukplat_coutk(s, n);
}

void PLAT_PRIV(fatal)(const char *msg)
{
	PLAT_PRIV(puts)(PLAT_PREFIX);
	PLAT_PRIV(puts)(msg);
	ukplat_crash();
}

void ukplat_crash(void)
{
	ukplat_terminate(UKPLAT_CRASH_STATUS);
}

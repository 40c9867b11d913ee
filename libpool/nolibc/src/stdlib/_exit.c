#include <stdlib.h>
#include <unistd.h>
#include <uk/plat/bootstrap.h>

void _Exit(int status)
{
	ukplat_terminate(status);
}

void _exit(int status)
{
	ukplat_terminate(status);
}

/* Stopping: the process exits with the status, as on kvm the host sees
 * it. exit_group ends every thread at once, like stopping a machine. */
#include <uk/plat/bootstrap.h>
#include "syscall.h"

void ukplat_terminate(int status)
{
	_linuxu_exit_group(status);
}

/* Starting the stack: the tcpip thread (lwIP's timers, the loopback
 * interface's deliveries, calls from other threads), then the network
 * interfaces (netif.c). */
#include <uk/lwip.h>
#include <errno.h>
#include "lwip/tcpip.h"

static void started(void *arg)
{
	sys_sem_signal(arg);
}

int lwip_uk_start(void)
{
	static int up;
	sys_sem_t sem;

	if (up)
		return 0;
	if (sys_sem_new(&sem, 0) != ERR_OK)
		return -ENOMEM;
	tcpip_init(started, &sem);
	sys_arch_sem_wait(&sem, 0);
	sys_sem_free(&sem);
	up = 1;
	return _lwip_netifs_start();
}

/* The stack's network interfaces: the loopback one (lwIP adds it at
 * init) and, once uknetdev exists, one per network device. */
#include <uk/lwip.h>

int _lwip_netifs_start(void)
{
	return 0;
}

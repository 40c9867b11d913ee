/*
 * Stopping the domain: the status goes to the console as a line
 * "[xen] exit status N" (N != 0; Xen itself only knows the shutdown
 * reason), the console ring is drained (xenconsoled must have read it
 * before the domain is destroyed), then SCHEDOP_shutdown with reason
 * poweroff for status 0 and crash for any other status. `uklink run
 * --plat xen` turns that back into the status (docs/xen.md).
 */
#include <uk/plat/bootstrap.h>
#include <uk/plat/console.h>
#include "xen.h"

void ukplat_terminate(int status)
{
	struct {
		unsigned int reason;
	} s = { status ? XEN_SHUTDOWN_crash : XEN_SHUTDOWN_poweroff };
	char line[40] = "[xen] exit status ";
	unsigned int n = 18, v = (unsigned int)status, i;
	char tmp[12];

	if (status) {
		i = 0;
		if (status < 0) {
			line[n++] = '-';
			v = -v;
		}
		do {
			tmp[i++] = (char)('0' + v % 10);
			v /= 10;
		} while (v);
		while (i)
			line[n++] = tmp[--i];
		line[n++] = '\n';
		ukplat_coutk(line, n);
	}
	_xen_console_drain();
	for (;;)
		_xen_sched_op(XEN_SCHEDOP_shutdown, &s);
}

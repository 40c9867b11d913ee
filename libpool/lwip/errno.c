/* errno for lwIP's sockets.c (set_errno in lwipopts.h): whichever C
 * library is linked, through weak references to both libcs' errno
 * functions (uksched keeps that errno per thread). uksock reads it back
 * right after the call and returns it negated. */
#include "lwip/opt.h"

int *__errno_location(void) __attribute__((weak));
int *__errno(void) __attribute__((weak));

void (*lwip_socket_event_fn)(int s);

void _lwip_errno_set(int err)
{
	if (__errno_location)
		*__errno_location() = err;
	else if (__errno)
		*__errno() = err;
}

int lwip_uk_errno(void)
{
	if (__errno_location)
		return *__errno_location();
	if (__errno)
		return *__errno();
	return 0;
}

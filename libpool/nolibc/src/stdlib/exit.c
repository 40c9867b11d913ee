#include <stdlib.h>
#include <uk/plat/bootstrap.h>

/* Weak: present only when atexit() or stdio is linked, so a program
 * using neither does not pull them in through exit(). */
extern void _nolibc_atexit_run(int status) __attribute__((weak));
extern void _nolibc_stdio_exit(void) __attribute__((weak));

void exit(int status)
{
	if (_nolibc_atexit_run)
		_nolibc_atexit_run(status);
	if (_nolibc_stdio_exit)
		_nolibc_stdio_exit();
	ukplat_terminate(status);
}

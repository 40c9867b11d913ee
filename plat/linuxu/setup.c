/*
 * From the process's initial stack to ukboot: record argv and the
 * environment, take the heap-size argument, set up %fs, install the crash
 * handlers. ukplat_argv and ukplat_environ live here, in the member that is
 * always linked, because generic code reaches them through weak references,
 * which never pull an archive member in by themselves.
 */
#include <uk/boot.h>
#include <uk/config.h>
#include <uk/plat/linuxu.h>
#include "syscall.h"
#include "linuxu.h"

#define AT_NULL		0
#define AT_RANDOM	25	/* address of 16 random bytes from the kernel */

int _linuxu_argc;
char **_linuxu_argv;
char **_linuxu_envp;
unsigned long _linuxu_heap_mb;

/* "--uk-heap=MB" as the first argument sets the heap size and is removed
 * from argv, so that a size can be chosen per run without relinking. Only
 * the first argument is looked at: every other one belongs to main. */
static void take_heap_arg(void)
{
	static const char key[] = "--uk-heap=";
	const char *a;
	unsigned long mb = 0;
	unsigned int i;

	if (!UK_OPT(LINUXU_HEAPARG) || _linuxu_argc < 2)
		return;
	a = _linuxu_argv[1];
	for (i = 0; i < sizeof(key) - 1; i++)
		if (a[i] != key[i])
			return;
	for (a += i; *a >= '0' && *a <= '9'; a++)
		mb = mb * 10 + (unsigned long)(*a - '0');
	if (*a || !mb || mb > (1UL << 20))
		return;	/* not a size: leave the argument to main */
	_linuxu_heap_mb = mb;
	/* Shift argv[2..argc] (NULL included) down by one. */
	for (i = 1; i < (unsigned int)_linuxu_argc; i++)
		_linuxu_argv[i] = _linuxu_argv[i + 1];
	_linuxu_argc--;
}

/* The seed of the boot thread's stack-protector canary (a new process
 * has no %fs base, plat/common/tcb.c makes one): the kernel's AT_RANDOM
 * bytes. */
static unsigned long random_seed(void)
{
	unsigned long *aux;
	char **e = _linuxu_envp;

	while (*e)
		e++;
	for (aux = (unsigned long *)(e + 1); aux[0] != AT_NULL; aux += 2)
		if (aux[0] == AT_RANDOM)
			return *(unsigned long *)aux[1];
	return 0;
}

void _linuxu_start(long *sp)
{
	_linuxu_argc = (int)sp[0];
	_linuxu_argv = (char **)(sp + 1);
	_linuxu_envp = _linuxu_argv + _linuxu_argc + 1;
	_linuxu_tcb_init(random_seed());
	take_heap_arg();
	_linuxu_crash_init();
	ukboot_start();
}

int ukplat_argv(char ***argv)
{
	*argv = _linuxu_argv;
	return _linuxu_argc;
}

char **ukplat_environ(void)
{
	return _linuxu_envp;
}

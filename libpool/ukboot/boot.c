/* From the platform's hand-over to main() and back out through exit(). */
#include <uk/boot.h>
#include <uk/init.h>
#include <uk/argparse.h>
#include <uk/config.h>
#include <uk/plat/cmdline.h>
#include <stdlib.h>
#include <string.h>

#define MAXARGS	64
#define CMDLINE_MAX 2048

/* Provided by the application. */
int main(int argc, char *argv[]);

/* Constructors, bounded by the platform's linker script. */
extern void (*const __init_array_start[])(void);
extern void (*const __init_array_end[])(void);

/* Linked only with an init table entry (uk/init.h). */
extern void ukboot_inittab_run(void) __attribute__((weak));

static char cmdline[CMDLINE_MAX];
static char *argv[MAXARGS + 1];

/* argv[0] from the option, the rest from a copy of the command line
 * (ukplat_cmdline() is read-only; ukargparse splits in place). As in
 * Unikraft, words before a first "--" are the libraries' parameters
 * (netdev.ip=..., read from ukplat_cmdline() by whoever takes them) and
 * main gets the words after it; without "--", every word. */
static int make_argv(char ***pargv)
{
	const char *s;
	int i, argc;

	*pargv = argv;
	argv[0] = (char *)UK_OPT_STR(UKBOOT_ARGV0);
	/* A platform with a real argv (linuxu) hands it over unchanged. */
	if (ukplat_argv) {
		argc = ukplat_argv(pargv);
		if (argc > 0)
			return argc;
		*pargv = argv;
		argv[1] = NULL;
		return 1;
	}
	s = ukplat_cmdline();

	for (i = 0; i < CMDLINE_MAX - 1 && s[i]; i++)
		cmdline[i] = s[i];
	cmdline[i] = '\0';
	argc = 1 + uk_argnparse(cmdline, sizeof(cmdline), argv + 1,
				MAXARGS - 1);
	argv[argc] = NULL;
	for (i = 1; i < argc && strcmp(argv[i], "--"); i++)
		;
	if (i < argc) {
		argv[i] = argv[0];
		*pargv = argv + i;
		argc -= i;
	}
	return argc;
}

void ukboot_start(void)
{
	void (*const *ctor)(void);
	char **av;
	int argc;

	if (ukboot_inittab_run)
		ukboot_inittab_run();
	for (ctor = __init_array_start; ctor < __init_array_end; ctor++)
		(*ctor)();
	argc = make_argv(&av);
	exit(main(argc, av));
}

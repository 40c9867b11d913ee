/*
 * Hello world, as in the talk: prints a greeting and, when linked with
 * `uklink -D PRINTARGS=y`, its arguments.
 *
 * It includes only standard headers so that a plain `cc -c main.c` works.
 * The option declaration below is what UK_APP_OPTION(PRINTARGS, bool, n)
 * from <uk/config.h> expands to, spelled out for that reason.
 */
#include <stdio.h>

/* Weak default; `uklink -D PRINTARGS=y` links a strong definition. */
const long uk_opt_PRINTARGS __attribute__((weak)) = 0;
/* Marker that declares the option to uklink (name.type.default). */
__attribute__((used, section(".uk_optdecl")))
static const char optdecl[1] __asm__("__uk_optdecl.PRINTARGS.bool.n");

int main(int argc, char *argv[])
{
	printf("Hello world!\n");
	if (uk_opt_PRINTARGS) {
		printf("Arguments:");
		for (int i = 0; i < argc; i++)
			printf(" \"%s\"", argv[i]);
		printf("\n");
	}
	return 0;
}

/* Init table order, constructors, argv and option defaults. Run with the
 * arguments: one 'two three' */
#include <stdio.h>
#include <string.h>
#include <uk/init.h>
#include <uk/config.h>
#include <uk/plat/cmdline.h>

UK_APP_OPTION(APP_ANSWER, int, 42);

static int trace[8], ntrace;

static int at_lib(void)
{
	trace[ntrace++] = 3;
	return 0;
}

static int at_app(void)
{
	trace[ntrace++] = 5;
	return 0;
}

UK_INIT(at_app, UK_INIT_APP);
UK_INIT(at_lib, UK_INIT_LIB);

/* volatile: keeps LTO from evaluating the constructor at link time. */
static volatile int nine = 9;

__attribute__((constructor)) static void ctor(void)
{
	trace[ntrace++] = nine;
}

int main(int argc, char *argv[])
{
	int fails = 0;

	if (ntrace != 3 || trace[0] != 3 || trace[1] != 5 || trace[2] != 9) {
		printf("FAIL init order: %d entries: %d %d %d\n", ntrace, trace[0], trace[1], trace[2]);
		fails++;
	}
	/* argv[0] is the option's unless the platform has a real argv. */
	if ((!ukplat_argv && strcmp(argv[0], UK_OPT_STR(UKBOOT_ARGV0))) ||
	    !argv[0][0] || argv[argc]) {
		printf("FAIL argv[0] %s\n", argv[0]);
		fails++;
	}
	if (argc != 3 || strcmp(argv[1], "one") || strcmp(argv[2], "two three")) {
		printf("FAIL argc %d\n", argc);
		fails++;
	}
	if (UK_OPT(APP_ANSWER) != 42) {
		printf("FAIL option %ld\n", UK_OPT(APP_ANSWER));
		fails++;
	}
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails;
}

/* There are no processes: popen says so on stderr and fails. */
#include <errno.h>
#include <stdio.h>

FILE *popen(const char *cmd, const char *mode)
{
	(void)mode;
	fprintf(stderr, "popen(\"%s\"): no processes in a unikernel "
		"(ENOSYS)\n", cmd);
	errno = ENOSYS;
	return NULL;
}

int pclose(FILE *f)
{
	(void)f;
	errno = ECHILD;
	return -1;
}

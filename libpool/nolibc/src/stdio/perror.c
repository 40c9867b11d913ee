#include <errno.h>
#include <stdio.h>
#include <string.h>

void perror(const char *msg)
{
	const char *e = strerror(errno);

	if (msg && *msg)
		fprintf(stderr, "%s: %s\n", msg, e);
	else
		fprintf(stderr, "%s\n", e);
}

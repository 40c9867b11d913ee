#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

void __assert_fail(const char *expr, const char *file, unsigned int line,
		   const char *func)
{
	/* sniprintf, not fprintf: an assertion must not link float code. */
	char buf[256];

	sniprintf(buf, sizeof(buf), "Assertion failed: %s (%s: %s: %u)\n",
		  expr, file, func, line);
	fputs(buf, stderr);
	abort();
}

/* Files on ramfs through vfscore with newlib: the same checks as
 * test_files.c (stdio on a file, then fd level), with newlib's stdio,
 * errno numbers and flag values, and sscanf and remove() on top. Link
 * with the options: --libc newlib */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <uk/test.h>

#include "fd_checks.h"

/* newlib's own: sscanf on the lines, remove(). */
static void check_newlib_stdio(void)
{
	char line[32];
	FILE *f;
	int n = -1;

	f = fopen("/n.txt", "w+");
	CHECK(f && fprintf(f, "line %d\n", 42) == 8);
	rewind(f);
	CHECK(fgets(line, sizeof(line), f) && sscanf(line, "line %d", &n) == 1);
	CHECK(n == 42 && fclose(f) == 0);
	CHECK(remove("/n.txt") == 0);
	errno = 0;
	CHECK(fopen("/n.txt", "r") == NULL && errno == ENOENT);
}

int main(void)
{
	check_stdio();
	check_newlib_stdio();
	check_file();
	check_errors();
	check_dirs();
	check_pipe_and_dup2();
	/* newlib's own errno numbers above ERANGE, from vfscore's Linux ones */
	CHECK(mkdir("/e", 0755) == 0);
	CHECK(open("/e/f", O_CREAT | O_WRONLY, 0644) >= 0);
	CHECK(rmdir("/e") == -1 && errno == ENOTEMPTY);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails ? 1 : 0;
}

/* Files on ramfs through vfscore with newlib: its stdio (fopen, fprintf,
 * fgets, fread, fseek, ftell, fclose, remove) on a file, then the same
 * fd-level checks as test_files.c, with newlib's errno numbers and flag
 * values. Link with the options: --libc newlib */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int fails;

#define CHECK(x) do { \
	if (!(x)) { \
		printf("FAIL line %d: %s\n", __LINE__, #x); \
		fails++; \
	} \
} while (0)

#include "fd_checks.h"

static void check_stdio(void)
{
	char line[32], buf[8];
	FILE *f;
	int i;

	f = fopen("/numbers.txt", "w");
	CHECK(f != NULL);
	for (i = 1; i <= 100; i++)
		fprintf(f, "line %d\n", i);
	CHECK(fclose(f) == 0);

	f = fopen("/numbers.txt", "r");
	CHECK(f != NULL);
	for (i = 1; i <= 100 && fgets(line, sizeof(line), f); i++) {
		int n = -1;

		CHECK(sscanf(line, "line %d", &n) == 1 && n == i);
	}
	CHECK(i == 101 && fgets(line, sizeof(line), f) == NULL && feof(f));
	CHECK(fseek(f, 5, SEEK_SET) == 0 && ftell(f) == 5);
	CHECK(fread(buf, 1, 2, f) == 2 && !memcmp(buf, "1\n", 2));
	CHECK(fclose(f) == 0);

	f = fopen("/numbers.txt", "a");
	CHECK(f && fputs("end\n", f) >= 0 && fclose(f) == 0);
	f = fopen("/numbers.txt", "r");
	CHECK(f && fseek(f, -4, SEEK_END) == 0);
	CHECK(fgets(line, sizeof(line), f) && !strcmp(line, "end\n"));
	CHECK(fclose(f) == 0);

	CHECK(remove("/numbers.txt") == 0);
	errno = 0;
	CHECK(fopen("/numbers.txt", "r") == NULL && errno == ENOENT);
}

int main(void)
{
	check_stdio();
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

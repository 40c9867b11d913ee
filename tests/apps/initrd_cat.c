/* tests/test_initrd.py: prints each file named on the command line as
 * "== NAME SIZE MODE" and its bytes, or "== NAME missing"; with no
 * arguments, whether "/" holds anything ("empty" when opening a known name
 * fails). Used to check what the boot archives put into the file system. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char buf[4096];
	struct stat st;
	long n;
	int i, fd;

	for (i = 1; i < argc; i++) {
		fd = open(argv[i], O_RDONLY);
		if (fd < 0 || fstat(fd, &st) < 0) {
			printf("== %s missing\n", argv[i]);
			continue;
		}
		printf("== %s %ld %o\n", argv[i], (long)st.st_size,
		       (unsigned)(st.st_mode & 07777));
		fflush(stdout);
		while ((n = read(fd, buf, sizeof(buf))) > 0)
			fwrite(buf, 1, (size_t)n, stdout);
		fflush(stdout);
		close(fd);
	}
	return 0;
}

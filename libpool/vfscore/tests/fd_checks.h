/* The checks shared by test_files.c (nolibc) and test_files_newlib.c:
 * standard and POSIX calls only, so both libcs' headers serve.
 * Needs CHECK() (uk/test.h) and <stdio.h> <fcntl.h> <unistd.h> <sys/stat.h> <errno.h>
 * <string.h>. */

/* stdio on a file: buffered lines out, lines back, seeks, append. */
static void check_stdio(void)
{
	char line[32], want[32], buf[8];
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
		snprintf(want, sizeof(want), "line %d\n", i);
		CHECK(!strcmp(line, want));
	}
	CHECK(i == 101 && !feof(f));
	CHECK(fgets(line, sizeof(line), f) == NULL && feof(f));
	CHECK(fseek(f, 5, SEEK_SET) == 0 && ftell(f) == 5 && !feof(f));
	CHECK(fread(buf, 1, 2, f) == 2 && !memcmp(buf, "1\n", 2));
	CHECK(fgetc(f) == 'l' && !ferror(f));
	CHECK(fclose(f) == 0);

	f = fopen("/numbers.txt", "a");
	CHECK(f && fputs("end\n", f) >= 0 && fclose(f) == 0);
	f = fopen("/numbers.txt", "r");
	CHECK(f && fseek(f, -4, SEEK_END) == 0);
	CHECK(fgets(line, sizeof(line), f) && !strcmp(line, "end\n"));
	CHECK(fclose(f) == 0);
	CHECK(unlink("/numbers.txt") == 0);

	errno = 0;
	CHECK(fopen("/numbers.txt", "r") == NULL && errno == ENOENT);
	CHECK(fopen("/numbers.txt", "q") == NULL && errno == EINVAL);
}

static void check_file(void)
{
	char buf[64];
	struct stat st;
	int fd, fd2;

	fd = open("/hello.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	CHECK(fd == 3);		/* the lowest free fd: 0 1 2 are the console */
	CHECK(write(fd, "hello, ", 7) == 7);
	CHECK(write(fd, "world\n", 6) == 6);
	CHECK(fstat(fd, &st) == 0 && st.st_size == 13);
	CHECK(S_ISREG(st.st_mode) && st.st_nlink == 1);
	CHECK(read(fd, buf, 1) == -1 && errno == EBADF);	/* write-only */
	CHECK(close(fd) == 0);

	fd = open("hello.txt", O_RDONLY);	/* relative: from / */
	CHECK(fd == 3);
	memset(buf, 0, sizeof(buf));
	CHECK(read(fd, buf, sizeof(buf)) == 13);
	CHECK(!strcmp(buf, "hello, world\n"));
	CHECK(read(fd, buf, sizeof(buf)) == 0);		/* end of file */
	CHECK(lseek(fd, 7, SEEK_SET) == 7);
	CHECK(read(fd, buf, 5) == 5 && !memcmp(buf, "world", 5));
	CHECK(lseek(fd, -6, SEEK_END) == 7);
	CHECK(lseek(fd, -100, SEEK_CUR) == -1 && errno == EINVAL);
	CHECK(write(fd, "x", 1) == -1 && errno == EBADF);	/* read-only */

	/* dup shares the offset; the file lives until its last fd goes. */
	fd2 = dup(fd);
	CHECK(fd2 == 4);
	CHECK(lseek(fd2, 0, SEEK_CUR) == 7);
	CHECK(close(fd) == 0);
	CHECK(read(fd2, buf, 5) == 5 && !memcmp(buf, "world", 5));
	CHECK(close(fd2) == 0);

	/* O_APPEND writes at the end; a seek past it leaves a hole of zeros. */
	fd = open("/hello.txt", O_RDWR | O_APPEND);
	CHECK(write(fd, "!", 1) == 1);
	CHECK(lseek(fd, 0, SEEK_CUR) == 14);
	CHECK(close(fd) == 0);
	fd = open("/hello.txt", O_RDWR);
	CHECK(lseek(fd, 20, SEEK_SET) == 20 && write(fd, "z", 1) == 1);
	CHECK(lseek(fd, 13, SEEK_SET) == 13);
	CHECK(read(fd, buf, 10) == 8 && !memcmp(buf, "!\0\0\0\0\0\0z", 8));
	CHECK(close(fd) == 0);
	CHECK(stat("/hello.txt", &st) == 0 && st.st_size == 21);

	/* O_TRUNC empties; O_EXCL refuses an existing file. */
	fd = open("/hello.txt", O_WRONLY | O_TRUNC);
	CHECK(fd >= 0 && fstat(fd, &st) == 0 && st.st_size == 0);
	CHECK(close(fd) == 0);
	CHECK(open("/hello.txt", O_CREAT | O_EXCL | O_WRONLY, 0644) == -1 &&
	      errno == EEXIST);
}

static void check_errors(void)
{
	char buf[4];
	int fd;

	errno = 0;
	CHECK(open("/missing", O_RDONLY) == -1 && errno == ENOENT);
	CHECK(open("/nodir/file", O_CREAT | O_WRONLY, 0644) == -1 &&
	      errno == ENOENT);
	CHECK(open("/hello.txt/x", O_RDONLY) == -1 && errno == ENOTDIR);
	CHECK(open("/", O_WRONLY) == -1 && errno == EISDIR);
	CHECK(open("/hello.txt/", O_RDONLY) == -1 && errno == ENOTDIR);
	CHECK(open("", O_RDONLY) == -1 && errno == ENOENT);
	{
		char longname[300];

		memset(longname, 'n', sizeof(longname) - 1);
		longname[sizeof(longname) - 1] = 0;
		CHECK(open(longname, O_CREAT | O_WRONLY, 0644) == -1 &&
		      errno == ENAMETOOLONG);
	}
	/* Repeated slashes and "." are nothing, ".." at / is /. */
	fd = open("//./../hello.txt", O_RDONLY);
	CHECK(fd >= 0 && close(fd) == 0);
	fd = open("/hello.txt", O_RDONLY);
	CHECK(fd >= 0 && close(fd) == 0);
	CHECK(close(fd) == -1 && errno == EBADF);		/* closed fd */
	CHECK(read(fd, buf, 1) == -1 && errno == EBADF);
	CHECK(write(fd, "x", 1) == -1 && errno == EBADF);
	CHECK(lseek(fd, 0, SEEK_SET) == -1 && errno == EBADF);
	CHECK(write(-1, "x", 1) == -1 && errno == EBADF);
	CHECK(dup(99) == -1 && errno == EBADF);
	CHECK(lseek(1, 0, SEEK_SET) == -1 && errno == ESPIPE);	/* console */
	/* The console is a terminal if the host's side is one (a pipe
	 * under the test harness on linuxu; tests/test_console.py checks
	 * each platform's answer). */
	errno = 0;
	CHECK((isatty(1) == 1 || errno == ENOTTY) && isatty(fd) == 0);
}

static void check_dirs(void)
{
	struct stat st;
	int fd;

	CHECK(mkdir("/d", 0755) == 0);
	CHECK(mkdir("/d", 0755) == -1 && errno == EEXIST);
	CHECK(stat("/d", &st) == 0 && S_ISDIR(st.st_mode));
	fd = open("/d/f", O_CREAT | O_RDWR, 0600);
	CHECK(fd >= 0 && write(fd, "abc", 3) == 3);
	CHECK(stat("/d/../d/./f", &st) == 0 && st.st_size == 3);
	CHECK(rmdir("/d") == -1 && errno == ENOTEMPTY);
	CHECK(unlink("/d") == -1 && errno == EISDIR);
	/* Unlinked but open: the name goes, the data stays until close. */
	CHECK(unlink("/d/f") == 0);
	CHECK(stat("/d/f", &st) == -1 && errno == ENOENT);
	CHECK(fstat(fd, &st) == 0 && st.st_size == 3 && st.st_nlink == 0);
	CHECK(lseek(fd, 0, SEEK_SET) == 0);
	{
		char buf[4] = { 0 };

		CHECK(read(fd, buf, 3) == 3 && !strcmp(buf, "abc"));
	}
	CHECK(close(fd) == 0);
	CHECK(unlink("/d/f") == -1 && errno == ENOENT);
	CHECK(rmdir("/d") == 0);
	CHECK(stat("/d", &st) == -1 && errno == ENOENT);
}

static void check_pipe_and_dup2(void)
{
	char buf[9] = { 0 };
	int p[2], out, fd;

	CHECK(pipe(p) == 0);
	CHECK(read(p[0], buf, 1) == -1 && errno == EAGAIN);	/* no threads */
	CHECK(write(p[1], "ping", 4) == 4);
	CHECK(read(p[0], buf, sizeof(buf)) == 4 && !memcmp(buf, "ping", 4));
	CHECK(write(p[0], "x", 1) == -1 && errno == EBADF);
	CHECK(close(p[1]) == 0);
	CHECK(read(p[0], buf, 1) == 0);		/* no writer: end of file */
	CHECK(close(p[0]) == 0);

	/* stdout redirected into a file, then back. */
	out = dup(1);
	fd = open("/out.txt", O_CREAT | O_RDWR, 0644);
	CHECK(out >= 0 && fd >= 0 && dup2(fd, 1) == 1);
	CHECK(write(1, "into", 4) == 4);
	printf("file\n");	/* stdio writes through the fd table too */
	fflush(stdout);
	CHECK(dup2(out, 1) == 1 && close(out) == 0);
	CHECK(lseek(fd, 0, SEEK_SET) == 0);
	memset(buf, 0, sizeof(buf));
	CHECK(read(fd, buf, 8) == 8 && !memcmp(buf, "intofile", 8));
	CHECK(close(fd) == 0 && unlink("/out.txt") == 0);
}

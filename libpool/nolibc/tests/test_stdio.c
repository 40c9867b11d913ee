/* stdio on files and the standard streams: buffering, the glibc fast
 * paths (this file is also compiled by gcc -O2 against glibc's headers,
 * tests/test_libc_glibc.py: getc/putc then run glibc's inline code on
 * nolibc's FILE), ungetc, setvbuf, fdopen, freopen, temporary files,
 * getline, positions, scanf from a stream, dprintf, asprintf, popen. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <uk/test.h>

static void putc_getc(void)
{
	FILE *f = fopen("/big", "w+");
	int i, c, bad = 0;

	CHECK(f != NULL);
	/* through putc's fast path and __overflow, 20000 bytes */
	for (i = 0; i < 20000; i++)
		putc('a' + i % 26, f);
	CHECK(ftell(f) == 20000);
	rewind(f);
	for (i = 0; (c = getc(f)) != EOF; i++)
		bad |= c != 'a' + i % 26;
	CHECK(i == 20000 && !bad && feof(f) && !ferror(f));
	/* end of file is sticky until clearerr */
	CHECK(getc(f) == EOF && feof(f));
	clearerr(f);
	CHECK(!feof(f));
	CHECK(fseek(f, -3, SEEK_END) == 0 && getc_unlocked(f) == 'a' + 19997 % 26);
	CHECK(fclose(f) == 0);
}

static void lines(void)
{
	char *line = NULL, buf[8];
	size_t cap = 0;
	ssize_t n;
	FILE *f = fopen("/lines", "w");
	int i;

	for (i = 0; i < 100; i++)
		fprintf(f, "line %d%s\n", i, i == 50 ? " and a much longer tail" : "");
	fputs("last", f);	/* no newline */
	CHECK(fclose(f) == 0);
	f = fopen("/lines", "r");
	for (i = 0; (n = getline(&line, &cap, f)) > 0; i++)
		if (i == 50)
			CHECK(!strcmp(line, "line 50 and a much longer tail\n"));
	CHECK(i == 101 && line && !strcmp(line, "last"));
	rewind(f);
	CHECK(fgets(buf, sizeof(buf), f) && !strcmp(buf, "line 0\n"));
	CHECK(fgets(buf, 4, f) && !strcmp(buf, "lin"));
	CHECK(getdelim(&line, &cap, ' ', f) == 2 && !strcmp(line, "e "));
	CHECK(getdelim(&line, &cap, ' ', f) == 7 && !strcmp(line, "1\nline "));
	free(line);
	fclose(f);
}

static void unget_and_positions(void)
{
	FILE *f = tmpfile();
	fpos_t pos;
	char s[16];
	int a = 0, b = 0;
	double d = 0;

	CHECK(f != NULL);
	fputs("12 abc 3.5 x0y", f);
	rewind(f);
	CHECK(fscanf(f, "%d %s %lf", &a, s, &d) == 3);
	CHECK(a == 12 && !strcmp(s, "abc") && d == 3.5);
	CHECK(fgetpos(f, &pos) == 0 && ftello(f) == 10);
	CHECK(getc(f) == ' ' && ungetc('Q', f) == 'Q' && getc(f) == 'Q');
	CHECK(fsetpos(f, &pos) == 0 && getc(f) == ' ');
	CHECK(fscanf(f, " x%dy", &b) == 1 && b == 0);
	CHECK(fscanf(f, "%d", &b) == EOF);
	CHECK(fseeko(f, 0, SEEK_SET) == 0 && fgetc(f) == '1');
	/* ungetc at the start of an empty buffer, then reading on */
	CHECK(ungetc('9', f) == '9' && fscanf(f, "%d", &a) == 1 && a == 92);
	fclose(f);
}

static void buffering(void)
{
	char mybuf[64], rd[32];
	struct stat st;
	FILE *f = fopen("/buffered", "w");
	int fd;

	CHECK(setvbuf(f, mybuf, _IOFBF, sizeof(mybuf)) == 0);
	fputs("0123456789", f);
	/* still in the buffer: the file is empty */
	CHECK(stat("/buffered", &st) == 0 && st.st_size == 0);
	CHECK(fflush(f) == 0 && stat("/buffered", &st) == 0 && st.st_size == 10);
	CHECK(setvbuf(f, NULL, _IOLBF, 0) == 0);
	fputs("ab\ncd", f);
	CHECK(stat("/buffered", &st) == 0 && st.st_size == 13);
	setbuf(f, NULL);	/* unbuffered: each call goes out at its end */
	fputs("ef", f);
	CHECK(stat("/buffered", &st) == 0 && st.st_size == 17);
	fd = fileno(f);
	CHECK(fd > 2);
	fclose(f);
	/* fdopen on an fd, and fprintf then dprintf to it */
	fd = open("/buffered", O_RDWR | O_APPEND);
	f = fdopen(fd, "a+");
	CHECK(f && fileno(f) == fd);
	fprintf(f, "[%d]", 42);
	fflush(f);
	CHECK(dprintf(fd, "<%s>", "dp") == 4);
	rewind(f);
	CHECK(fread(rd, 1, sizeof(rd), f) == 25 && !memcmp(rd, "0123456789ab\ncdef[42]<dp>", 25));
	fclose(f);
}

static void names(void)
{
	char t1[] = "/tmp/aXXXXXX", t2[] = "/tmp/bXXXXXXsuf", d[] = "/tmp/dXXXXXX";
	char n[L_tmpnam], *s = NULL;
	struct stat st;
	int fd;

	mkdir("/tmp", 0777);
	fd = mkstemp(t1);
	CHECK(fd >= 0 && strncmp(t1, "/tmp/a", 6) == 0 && strcmp(t1 + 6, "XXXXXX"));
	CHECK(write(fd, "x", 1) == 1 && close(fd) == 0);
	fd = mkstemps(t2, 3);
	CHECK(fd >= 0 && !strcmp(t2 + 12, "suf"));
	close(fd);
	CHECK(mkdtemp(d) == d && stat(d, &st) == 0 && S_ISDIR(st.st_mode));
	CHECK(mkstemp(strcpy(n, "/tmp/bad")) < 0 && errno == EINVAL);
	CHECK(tmpnam(n) == n && stat(n, &st) < 0 && errno == ENOENT);
	CHECK(remove(t1) == 0 && remove(d) == 0 && stat(d, &st) < 0);
	CHECK(asprintf(&s, "%s-%05d", "as", 42) == 8 && !strcmp(s, "as-00042"));
	free(s);
	errno = 0;
	CHECK(popen("ls", "r") == NULL && errno == ENOSYS);
}

static void memory(void)
{
	char buf[16] = "abc", *ms = NULL;
	size_t n = 99;
	FILE *f = fmemopen(buf, sizeof(buf), "r");
	int a = 0;

	CHECK(f && fgetc(f) == 'a' && fgets(buf + 8, 4, f) && !strcmp(buf + 8, "bc"));
	fclose(f);
	f = fmemopen(buf, sizeof(buf), "w");
	CHECK(f && fprintf(f, "%d-%s", 42, "x") == 4 && fflush(f) == 0 &&
	      !strcmp(buf, "42-x") && ftell(f) == 4);
	fputs("0123456789abcdef", f);	/* past the end: cut */
	CHECK(fflush(f) == EOF && ferror(f) && !memcmp(buf, "42-x0123456789ab", 16));
	fclose(f);
	strcpy(buf, "12 ");
	f = fmemopen(buf, sizeof(buf), "a+");
	CHECK(f && fputs("34", f) >= 0 && fflush(f) == 0 && !strcmp(buf, "12 34"));
	rewind(f);
	CHECK(fscanf(f, "%d", &a) == 1 && a == 12);
	fclose(f);
	f = fmemopen(NULL, 8, "w+");
	CHECK(f && fputs("tmp", f) >= 0 && fseek(f, 0, SEEK_SET) == 0 && fgetc(f) == 't');
	fclose(f);
	f = open_memstream(&ms, &n);
	CHECK(f && ms && n == 0);
	for (a = 0; a < 1000; a++)
		fprintf(f, "%03d,", a);
	CHECK(fflush(f) == 0 && n == 4000 && !strncmp(ms + 3996, "999,", 4) && !ms[n]);
	CHECK(fseek(f, 4, SEEK_SET) == 0 && fflush(f) == 0 && n == 4);
	fclose(f);
	CHECK(!strncmp(ms, "000,001,", 8));
	free(ms);
}

static void std_streams(void)
{
	FILE *f = fopen("/in", "w");

	fputs("first line\nsecond\n", f);
	fclose(f);
	/* freopen keeps stdin fd 0: read() sees the file too */
	CHECK(freopen("/in", "r", stdin) == stdin);
	char buf[32];
	CHECK(fgets(buf, sizeof(buf), stdin) && !strcmp(buf, "first line\n"));
	CHECK(getchar() == 's' && getchar_unlocked() == 'e');
	CHECK(scanf("%s", buf) == 1 && !strcmp(buf, "cond"));
	CHECK(getchar() == '\n' && getchar() == EOF && feof(stdin));
	putchar_unlocked('o');
	putc_unlocked('k', stdout);
	fputs_unlocked(" ", stdout);
	fwrite_unlocked("unlocked\n", 1, 9, stdout);
	errno = ENOENT;
	perror("perror");	/* stderr: "perror: No such file or directory" */
	fprintf(stderr, "stderr %d\n", 2);
}

int main(void)
{
	putc_getc();
	lines();
	unget_and_positions();
	buffering();
	names();
	memory();
	std_streams();
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

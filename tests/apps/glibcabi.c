/* A program for glibc's headers that needs what only newlib has among the
 * pool's C libraries (tests/test_glibcabi.py): wide characters,
 * strtold, asprintf, arc4random, sigaction. Compiled by the host's plain
 * cc (also -O2 -D_FORTIFY_SOURCE=2 -fstack-protector-strong, and with
 * -D_FILE_OFFSET_BITS=64: fopen64, stat64, ...), linked with
 * `--libc newlib`, its output compared with the same object linked with
 * glibc and run on the host. It also exercises glibc's ABI where it is
 * newlib's own: the inline getc_unlocked/putc_unlocked/feof_unlocked of
 * glibc's FILE, errno's numbers, open flags, struct stat, struct tm,
 * struct sigaction, jmp_buf. Files are relative names: the host run works
 * in a scratch directory, the unikernel in ramfs's root; the host run has
 * TZ=UTC, the unikernel's time zone. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>
#include <wctype.h>
#include <dirent.h>
#include <sys/statvfs.h>
#include <sys/uio.h>
#include <sys/time.h>
#include <utime.h>

#define FILE_NAME "glibcabi.tmp"

static void wide(void)
{
	const wchar_t *w = L"Unikernel 42";
	wchar_t buf[32], *end;
	char mb[32];
	size_t n;

	printf("wcslen %zu wcscmp %d wcschr %td\n", wcslen(w),
	       wcscmp(w, L"Unikernel") > 0, wcschr(w, L'4') - w);
	n = (size_t)wcstol(L" -123xyz", &end, 10);
	printf("wcstol %ld rest '%ls'\n", (long)n, end);
	for (n = 0; w[n]; n++)
		buf[n] = iswalpha((wint_t)w[n]) ? towupper((wint_t)w[n]) : L'_';
	buf[n] = 0;
	n = wcstombs(mb, buf, sizeof(mb));
	printf("towupper %s (%zu) mbstowcs %zu\n", mb, n,
	       mbstowcs(buf, "abc", 32));
	swprintf(buf, 32, L"%d-%ls", 7, L"seven");
	printf("swprintf %ls %d\n", buf, (int)wcslen(buf));
}

static void numbers(void)
{
	long double ld = strtold("1.25e300", NULL);
	char *s = NULL;

	printf("strtold %g %d\n", (double)(ld / 1e299L), ld > 1e299L);
	if (asprintf(&s, "%s-%05.1f", "asprintf", 3.14159) < 0)
		abort();
	printf("%s\n", s);
	free(s);
}

/* Through glibc's inline FILE paths at -O2 (the __uflow and __overflow
 * calls), through the functions at -O0. */
static void fast_paths(void)
{
	const char *msg = "putc_unlocked ok\n";
	FILE *f;
	int c, n = 0;

	for (const char *p = msg; *p; p++)
		putc_unlocked(*p, stdout);
	f = fopen(FILE_NAME, "w+");
	if (!f)
		abort();
	fputs("line one\nline two\n", f);
	rewind(f);
	while ((c = getc_unlocked(f)) != EOF)
		n += c == '\n';
	printf("getc_unlocked %d lines, feof %d ferror %d\n", n,
	       feof_unlocked(f) != 0, ferror_unlocked(f) != 0);
	clearerr_unlocked(f);
	printf("after clearerr feof %d\n", feof_unlocked(f) != 0);
	fclose(f);
}

static void files(void)
{
	char name[300], *line = NULL;
	size_t cap = 0;
	struct stat st;
	fpos_t pos;
	FILE *f;
	off_t off;
	ssize_t len;
	int fd, a, b, n;

	fd = open(FILE_NAME, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || write(fd, "12 34\nrest of it\n", 17) != 17)
		abort();
	close(fd);
	if (stat(FILE_NAME, &st))
		abort();
	printf("stat size %lld regular %d\n", (long long)st.st_size,
	       S_ISREG(st.st_mode));
	f = fopen(FILE_NAME, "r");
	if (!f || fstat(fileno(f), &st))
		abort();
	printf("fstat size %lld\n", (long long)st.st_size);
	n = fscanf(f, "%d %d", &a, &b);
	printf("fscanf %d: %d %d\n", n, a, b);
	fgetpos(f, &pos);
	len = getline(&line, &cap, f);
	printf("getline %zd '%s", len, line);
	fsetpos(f, &pos);
	fseeko(f, 1, SEEK_CUR);
	off = ftello(f);
	len = getline(&line, &cap, f);
	printf("ftello %lld getline %zd %s", (long long)off, len, line);
	free(line);
	fclose(f);
	errno = 0;
	fd = open("missing/file", O_RDONLY);
	printf("open missing %d errno %d %s\n", fd, errno, strerror(errno));
	memset(name, 'n', sizeof(name) - 1);
	name[sizeof(name) - 1] = 0;
	errno = 0;
	fd = open(name, O_RDONLY);
	printf("open long name %d errno %d (ENAMETOOLONG %d)\n", fd, errno,
	       errno == ENAMETOOLONG);
	errno = 0;
	fd = open(FILE_NAME, O_WRONLY | O_CREAT | O_EXCL, 0644);
	printf("O_EXCL %d errno %d %s\n", fd, errno, strerror(errno));
	printf("unlink %d\n", unlink(FILE_NAME));
}

static int not_dot(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

/* creat, scatter/gather I/O, posix_fallocate. */
static void vectors(void)
{
	char a[4], b[8];
	struct iovec out[2] = { { "abc", 3 }, { "defghij", 7 } };
	struct iovec in[2] = { { a, 4 }, { b, 8 } };
	struct stat st;
	int fd = creat("gdir/v.txt", 0600), n;

	printf("writev %zd", writev(fd, out, 2));
	n = posix_fallocate(fd, 0, 100);
	fstat(fd, &st);
	printf(" fallocate %d size %lld\n", n, (long long)st.st_size);
	close(fd);
	fd = open("gdir/v.txt", O_RDONLY);
	n = (int)readv(fd, in, 2);
	printf("readv %d '%.4s' '%.6s'\n", n, a, b);
	close(fd);
	unlink("gdir/v.txt");
}

/* Directories, links, names, times and sizes (vfscore's path calls). */
static void directories(void)
{
	struct dirent **list, *e;
	struct stat st;
	struct statvfs vfs;
	struct flock lk = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
	struct timeval tv[2] = { { 1000000000, 0 }, { 1100000000, 500000 } };
	char buf[256];
	int fd, n, i, dots = 0;
	DIR *d;

	if (mkdir("gdir", 0755) || mkdir("gdir/sub", 0700))
		abort();
	fd = open("gdir/b.txt", O_RDWR | O_CREAT, 0600);
	if (fd < 0 || pwrite(fd, "0123456789", 10, 0) != 10)
		abort();
	printf("pread %zd '%.4s'\n", pread(fd, buf, 4, 3), buf);
	printf("ftruncate %d", ftruncate(fd, 4));
	fstat(fd, &st);
	printf(" size %lld mode %o\n", (long long)st.st_size, st.st_mode & 0777);
	printf("fcntl getfl rdwr %d setlk %d", (fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDWR,
	       fcntl(fd, F_SETLK, &lk));
	printf(" fsync %d\n", fsync(fd));
	close(fd);
	printf("rename %d symlink %d", rename("gdir/b.txt", "gdir/a.txt"),
	       symlink("a.txt", "gdir/link"));
	n = (int)readlink("gdir/link", buf, sizeof(buf));
	printf(" readlink '%.*s'", n, buf);
	lstat("gdir/link", &st);
	printf(" lstat link %d", S_ISLNK(st.st_mode));
	stat("gdir/link", &st);
	printf(" stat reg %d\n", S_ISREG(st.st_mode));
	printf("chmod %d", chmod("gdir/a.txt", 0640));
	stat("gdir/a.txt", &st);
	printf(" mode %o access %d %d\n", st.st_mode & 0777,
	       access("gdir/a.txt", R_OK), access("gdir/none", F_OK));
	printf("utimes %d", utimes("gdir/a.txt", tv));
	stat("gdir/a.txt", &st);
	printf(" atime %lld mtime %lld.%09ld\n", (long long)st.st_atime,
	       (long long)st.st_mtime, st.st_mtim.tv_nsec);
	d = opendir("gdir");
	n = 0;
	while ((e = readdir(d)))
		dots += e->d_name[0] == '.', n++;
	closedir(d);
	printf("readdir %d entries, %d dot entries\n", n, dots);
	n = scandir("gdir", &list, not_dot, alphasort);
	printf("scandir %d:", n);
	for (i = 0; i < n; i++) {
		printf(" %s(%s)", list[i]->d_name,
		       list[i]->d_type == DT_DIR ? "dir" :
		       list[i]->d_type == DT_LNK ? "lnk" : "reg");
		free(list[i]);
	}
	free(list);
	printf("\nchdir %d", chdir("gdir/sub"));
	printf(" getcwd ends in gdir/sub %d", getcwd(buf, sizeof(buf)) &&
	       strstr(buf, "/gdir/sub") == buf + strlen(buf) - 9);
	printf(" chdir .. %d\n", chdir("../.."));
	n = statvfs(".", &vfs);
	printf("statvfs %d namemax %lu\n", n, vfs.f_namemax);
	vectors();
	errno = 0;
	n = rmdir("gdir");
	printf("rmdir non-empty %d errno %s\n", n, strerror(errno));
	n = unlink("gdir/link");
	n += unlink("gdir/a.txt");
	n += rmdir("gdir/sub");
	printf("cleanup %d %d\n", n, rmdir("gdir"));
}

static int caught;

static void on_usr1(int sig)
{
	caught += sig == SIGUSR1;
}

static void on_term(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	caught += 10 * (sig == SIGTERM && si->si_signo == SIGTERM);
}

static void signals(void)
{
	struct sigaction sa, old;
	sigset_t set;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	raise(SIGUSR1);
	sa.sa_sigaction = on_term;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGTERM, &sa, NULL);
	raise(SIGTERM);
	sigaction(SIGTERM, NULL, &old);
	printf("signals caught %d, SA_SIGINFO kept %d, same handler %d\n",
	       caught, (old.sa_flags & SA_SIGINFO) != 0,
	       old.sa_sigaction == on_term);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	sigprocmask(SIG_BLOCK, &set, NULL);
	sigprocmask(SIG_SETMASK, NULL, &set);
	printf("blocked SIGUSR2 %d SIGUSR1 %d\n", sigismember(&set, SIGUSR2),
	       sigismember(&set, SIGUSR1));
}

static jmp_buf jb;
static sigjmp_buf sjb;

static void jump(int how)
{
	if (how)
		siglongjmp(sjb, how);
	longjmp(jb, 0);
}

static void jumps(void)
{
	volatile int n = 0;
	int r;

	r = setjmp(jb);
	n++;
	if (n == 1)
		jump(0);
	printf("setjmp returned %d after %d passes\n", r, n);
	r = sigsetjmp(sjb, 1);
	if (r == 0)
		jump(5);
	printf("sigsetjmp returned %d\n", r);
}

static void dates(void)
{
	time_t t = 1000000000;
	struct tm tm;
	struct timespec ts;
	char buf[64];

	gmtime_r(&t, &tm);
	strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S %a %j", &tm);
	printf("gmtime %s gmtoff %ld zone %s\n", buf, tm.tm_gmtoff,
	       tm.tm_zone);
	printf("mktime round trip %d\n", mktime(&tm) == t);
	printf("clock_gettime monotonic %d realtime %d\n",
	       clock_gettime(CLOCK_MONOTONIC, &ts), clock_gettime(CLOCK_REALTIME, &ts));
	printf("clock %d\n", clock() >= 0);
}

static void randomness(void)
{
	unsigned char a[16], b[16];

	arc4random_buf(a, sizeof(a));
	arc4random_buf(b, sizeof(b));
	printf("arc4random_buf differs %d, uniform below 10 %d\n",
	       memcmp(a, b, sizeof(a)) != 0, arc4random_uniform(10) < 10);
}

int main(int argc, char *argv[])
{
	printf("%s %d\n", argv[argc - 1], argc);
	wide();
	numbers();
	fast_paths();
	files();
	directories();
	signals();
	jumps();
	dates();
	randomness();
	printf("MB_CUR_MAX %d\n", (int)MB_CUR_MAX);
	fflush(stdout);
	fprintf(stderr, "to stderr\n");
	return 3;
}

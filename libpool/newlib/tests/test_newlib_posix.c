/* newlib's own applications after its ABI became glibc's (patches 0002 to
 * 0017, docs/hostcc.md): compiled against newlib's patched headers, they
 * see the same numbers and layouts glibc-ABI objects do: files and
 * directories, errno names, signals, the clock, locale and multibyte,
 * system facts, getline, err(3). Link with the options: --libc newlib */
#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>
#include <uk/test.h>

static int caught;

static void on_usr1(int sig)
{
	caught += sig == SIGUSR1;
}

static void files(void)
{
	char *line = NULL;
	size_t cap = 0;
	struct stat st;
	struct dirent *e;
	DIR *d;
	FILE *f;
	int fd, seen = 0;

	CHECK(mkdir("/nd", 0755) == 0);
	fd = open("/nd/f", O_WRONLY | O_CREAT | O_EXCL, 0600);
	CHECK(fd >= 0 && write(fd, "one\ntwo\n", 8) == 8);
	close(fd);
	CHECK(open("/nd/f", O_WRONLY | O_CREAT | O_EXCL, 0600) < 0 &&
	      errno == EEXIST);
	CHECK(stat("/nd/f", &st) == 0 && st.st_size == 8 &&
	      S_ISREG(st.st_mode) && (st.st_mode & 0777) == 0600);
	f = fopen("/nd/f", "r");
	CHECK(f && getline(&line, &cap, f) == 4 && !strcmp(line, "one\n"));
	CHECK(fgetc(f) == 't' && !feof(f));
	fclose(f);
	free(line);
	CHECK(rename("/nd/f", "/nd/g") == 0 && access("/nd/g", F_OK) == 0);
	d = opendir("/nd");
	while (d && (e = readdir(d)))
		seen += !strcmp(e->d_name, "g") && e->d_type == DT_REG;
	CHECK(d && seen == 1 && closedir(d) == 0);
	CHECK(rmdir("/nd") < 0 && errno == ENOTEMPTY);
	CHECK(unlink("/nd/g") == 0 && rmdir("/nd") == 0);
	errno = 0;
	CHECK(open("/no/such", O_RDONLY) < 0 && errno == ENOENT);
}

static void system_facts(void)
{
	struct sigaction sa = { .sa_handler = on_usr1 };
	struct timespec ts;
	struct utsname u;
	const char *s = "\xc3\xa9";
	mbstate_t mb = { 0 };
	wchar_t w;

	CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
	raise(SIGUSR1);
	raise(SIGUSR1);
	CHECK(caught == 2);
	CHECK(clock_gettime(CLOCK_MONOTONIC, &ts) == 0);
	CHECK(uname(&u) == 0 && !strcmp(u.sysname, "uklink"));
	CHECK(sysconf(_SC_PAGESIZE) == 4096 && getuid() == 0);
	CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);
	CHECK(!strcmp(nl_langinfo(CODESET), "UTF-8"));
	CHECK(mbrtowc(&w, s, 2, &mb) == 2 && w == 0xe9);
	CHECK(setlocale(LC_ALL, "C") != NULL && MB_CUR_MAX == 1);
	errno = ENOENT;
	warn("warn");
}

int main(void)
{
#ifndef _NEWLIB_VERSION
	CHECK(!"compiled against newlib's headers");
#endif
	files();
	system_facts();
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails ? 1 : 0;
}

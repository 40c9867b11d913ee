/* Files and directories beyond open/read/write (docs/vfs.md): directory
 * streams, rename, hard and symbolic links, the working directory,
 * permission bits, owner and times, access, truncate, pread/pwrite, fsync,
 * fcntl, statvfs, the *at calls, realpath and mmap. Also compiled by gcc
 * against glibc's headers (tests/test_libc_glibc.py): struct stat,
 * dirent, statvfs, flock and the flag values meet nolibc's. */
#define _GNU_SOURCE
#include <dirent.h>
#include <glob.h>
#include <fnmatch.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/statfs.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>
#include <uk/test.h>

static void put(const char *path, const char *text)
{
	int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);

	CHECK(fd >= 0 && write(fd, text, strlen(text)) == (ssize_t)strlen(text));
	close(fd);
}

/* The file's text, or "" (static buffer). */
static const char *get(const char *path)
{
	static char buf[64];
	int fd = open(path, O_RDONLY);
	ssize_t n = fd < 0 ? 0 : read(fd, buf, sizeof(buf) - 1);

	buf[n > 0 ? n : 0] = 0;
	close(fd);
	return buf;
}

static void dirs(void)
{
	struct dirent **list, *e;
	char seen[8] = "";
	DIR *d;
	int n, i;

	CHECK(mkdir("/d", 0755) == 0);
	put("/d/b", "b");
	put("/d/a", "a");
	CHECK(mkdir("/d/c", 0700) == 0);
	d = opendir("/d");
	CHECK(d != NULL);
	while ((e = readdir(d)))
		if (e->d_name[0] != '.')
			strncat(seen, e->d_name, 1);
		else
			CHECK(e->d_type == DT_DIR);
	CHECK(!strcmp(seen, "bac"));	/* creation order */
	rewinddir(d);
	e = readdir(d);
	CHECK(e && !strcmp(e->d_name, ".") && telldir(d) == 1);
	closedir(d);
	n = scandir("/d", &list, NULL, alphasort);
	CHECK(n == 5 && !strcmp(list[2]->d_name, "a") &&
	      list[4]->d_type == DT_DIR && list[3]->d_type == DT_REG);
	for (i = 0; i < n; i++)
		free(list[i]);
	free(list);
	CHECK(opendir("/d/a") == NULL && errno == ENOTDIR);
	CHECK(opendir("/nope") == NULL && errno == ENOENT);
}

static void renames(void)
{
	struct stat st;

	CHECK(rename("/d/a", "/d/b") == 0 && !strcmp(get("/d/b"), "a"));
	CHECK(stat("/d/a", &st) < 0 && errno == ENOENT);
	CHECK(rename("/d/b", "/d/c/moved") == 0 && !strcmp(get("/d/c/moved"), "a"));
	CHECK(rename("/d/c", "/e") == 0 && !strcmp(get("/e/moved"), "a"));
	CHECK(rename("/e", "/e/sub") < 0 && errno == EINVAL);
	CHECK(mkdir("/f", 0755) == 0 && rename("/e", "/f") == 0);
	CHECK(stat("/f/moved", &st) == 0 && stat("/e", &st) < 0);
	put("/g", "g");
	CHECK(rename("/g", "/f") < 0 && errno == EISDIR);
	CHECK(rename("/f", "/g") < 0 && errno == ENOTDIR);
	CHECK(rename("/d", "/f") < 0 && errno == ENOTEMPTY);
	CHECK(rename("/g", "/g") == 0 && rename("/none", "/x") < 0 && errno == ENOENT);
}

static void links(void)
{
	char buf[64];
	struct stat st, lst;

	CHECK(link("/g", "/g2") == 0 && stat("/g", &st) == 0 && st.st_nlink == 2);
	CHECK(unlink("/g") == 0 && !strcmp(get("/g2"), "g"));
	CHECK(link("/f", "/f2") < 0 && errno == EPERM);
	CHECK(symlink("f/moved", "/ln") == 0);
	CHECK(!strcmp(get("/ln"), "a"));
	CHECK(readlink("/ln", buf, sizeof(buf)) == 7 && !memcmp(buf, "f/moved", 7));
	CHECK(lstat("/ln", &lst) == 0 && S_ISLNK(lst.st_mode) && lst.st_size == 7);
	CHECK(stat("/ln", &st) == 0 && S_ISREG(st.st_mode) && st.st_ino != lst.st_ino);
	CHECK(symlink("/f", "/lf") == 0 && !strcmp(get("/lf/moved"), "a"));
	CHECK(symlink("loop", "/loop") == 0 && open("/loop", O_RDONLY) < 0 && errno == ELOOP);
	CHECK(open("/ln", O_RDONLY | O_NOFOLLOW) < 0 && errno == ELOOP);
	CHECK(readlink("/g2", buf, sizeof(buf)) < 0 && errno == EINVAL);
	CHECK(symlink("x", "/g2") < 0 && errno == EEXIST);
	CHECK(realpath("/lf/../lf/./moved", buf) && !strcmp(buf, "/f/moved"));
	CHECK(realpath("/ln", buf) && !strcmp(buf, "/f/moved"));
	CHECK(!realpath("/f/none", buf) && errno == ENOENT);
	CHECK(unlink("/ln") == 0 && stat("/f/moved", &st) == 0);
}

static void cwd(void)
{
	char buf[PATH_MAX], *p;
	struct stat st;
	int fd;

	CHECK(getcwd(buf, sizeof(buf)) && !strcmp(buf, "/"));
	CHECK(mkdir("/w", 0755) == 0 && mkdir("/w/x", 0755) == 0);
	CHECK(chdir("/w/x") == 0 && getcwd(buf, sizeof(buf)) && !strcmp(buf, "/w/x"));
	put("rel", "r");
	CHECK(!strcmp(get("/w/x/rel"), "r") && !strcmp(get("../x/rel"), "r"));
	CHECK(getcwd(buf, 4) == NULL && errno == ERANGE);
	CHECK(rmdir("/w/x") < 0 && errno == EBUSY);
	CHECK(chdir("/lf") == 0 && (p = getcwd(NULL, 0)) && !strcmp(p, "/f"));
	free(p);
	fd = open("/w", O_RDONLY | O_DIRECTORY);
	CHECK(fd >= 0 && fchdir(fd) == 0 && stat("x/rel", &st) == 0);
	/* the *at calls from a directory fd */
	CHECK(fstatat(fd, "x/rel", &st, 0) == 0 && st.st_size == 1);
	CHECK(mkdirat(fd, "y", 0700) == 0 && unlinkat(fd, "y", AT_REMOVEDIR) == 0);
	int f2 = openat(fd, "x/new", O_CREAT | O_WRONLY, 0600);
	CHECK(f2 >= 0 && close(f2) == 0 && unlinkat(fd, "x/new", 0) == 0);
	CHECK(faccessat(fd, "x", F_OK, 0) == 0 && faccessat(fd, "z", F_OK, 0) < 0);
	CHECK(fstatat(AT_FDCWD, "", &st, AT_EMPTY_PATH) == 0 && S_ISDIR(st.st_mode));
	close(fd);
	CHECK(chdir("/") == 0 && chdir("/g2") < 0 && errno == ENOTDIR);
}

static void attributes(void)
{
	struct timespec ts[2] = { { 1000, 5 }, { 2000, 7 } };
	struct timeval tv[2] = { { 3000, 1 }, { 4000, 2 } };
	struct utimbuf ub = { 5000, 6000 };
	struct stat st;
	time_t now = time(NULL);
	mode_t old;

	CHECK(stat("/g2", &st) == 0 && (st.st_mode & 07777) == 0644);
	CHECK(st.st_uid == 0 && st.st_gid == 0);
	/* mtime is the wall clock's: close to time() */
	CHECK(st.st_mtime >= now - 5 && st.st_mtime <= now + 5);
	CHECK(chmod("/g2", 0600) == 0 && stat("/g2", &st) == 0 &&
	      (st.st_mode & 07777) == 0600 && S_ISREG(st.st_mode));
	CHECK(chown("/g2", 12, 34) == 0 && stat("/g2", &st) == 0 &&
	      st.st_uid == 12 && st.st_gid == 34);
	CHECK(chown("/g2", -1, 7) == 0 && stat("/g2", &st) == 0 &&
	      st.st_uid == 12 && st.st_gid == 7);
	CHECK(utimensat(AT_FDCWD, "/g2", ts, 0) == 0 && stat("/g2", &st) == 0);
	CHECK(st.st_atim.tv_sec == 1000 && st.st_atim.tv_nsec == 5 &&
	      st.st_mtim.tv_sec == 2000 && st.st_mtim.tv_nsec == 7);
	ts[0].tv_nsec = UTIME_OMIT;
	ts[1].tv_nsec = UTIME_NOW;
	CHECK(utimensat(AT_FDCWD, "/g2", ts, 0) == 0 && stat("/g2", &st) == 0 &&
	      st.st_atime == 1000 && st.st_mtime >= now - 5);
	CHECK(utimes("/g2", tv) == 0 && stat("/g2", &st) == 0 &&
	      st.st_atime == 3000 && st.st_mtim.tv_nsec == 2000);
	CHECK(utime("/g2", &ub) == 0 && stat("/g2", &st) == 0 &&
	      st.st_atime == 5000 && st.st_mtime == 6000);
	ts[0].tv_nsec = 1000000000;
	CHECK(utimensat(AT_FDCWD, "/g2", ts, 0) < 0 && errno == EINVAL);
	CHECK(access("/g2", R_OK | W_OK) == 0 && access("/g2", X_OK) < 0 &&
	      errno == EACCES && access("/f", X_OK) == 0);
	CHECK(access("/none", F_OK) < 0 && errno == ENOENT);
	old = umask(077);
	CHECK(old == 022);
	put("/masked", "m");
	CHECK(stat("/masked", &st) == 0 && (st.st_mode & 0777) == 0600);
	umask(old);
}

static void fd_calls(void)
{
	int fd = open("/io", O_CREAT | O_RDWR | O_TRUNC, 0644), fd2;
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
	struct statvfs sv;
	struct stat st;
	char buf[16] = "";

	CHECK(write(fd, "0123456789", 10) == 10);
	CHECK(pread(fd, buf, 3, 4) == 3 && !memcmp(buf, "456", 3));
	CHECK(pwrite(fd, "ab", 2, 1) == 2 && lseek(fd, 0, SEEK_CUR) == 10);
	CHECK(pread(fd, buf, 16, 0) == 10 && !memcmp(buf, "0ab3456789", 10));
	CHECK(pread(fd, buf, 1, -1) < 0 && errno == EINVAL);
	CHECK(ftruncate(fd, 4) == 0 && fstat(fd, &st) == 0 && st.st_size == 4);
	CHECK(truncate("/io", 6) == 0 && pread(fd, buf, 16, 0) == 6 &&
	      !memcmp(buf, "0ab3\0\0", 6));
	CHECK(fsync(fd) == 0 && fdatasync(fd) == 0 && fsync(99) < 0 && errno == EBADF);
	CHECK(fcntl(fd, F_GETFD) == 0 && fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 &&
	      fcntl(fd, F_GETFD) == FD_CLOEXEC);
	CHECK((fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDWR);
	CHECK(fcntl(fd, F_SETFL, O_APPEND) == 0 && (fcntl(fd, F_GETFL) & O_APPEND));
	CHECK(write(fd, "z", 1) == 1 && fstat(fd, &st) == 0 && st.st_size == 7);
	fd2 = fcntl(fd, F_DUPFD, 20);
	CHECK(fd2 == 20 && fcntl(fd2, F_GETFD) == 0);
	CHECK(fcntl(fd, F_DUPFD_CLOEXEC, 20) == 21 && fcntl(21, F_GETFD) == FD_CLOEXEC);
	CHECK(fcntl(fd, F_SETLK, &fl) == 0 && fcntl(fd, F_SETLKW, &fl) == 0);
	CHECK(fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type == F_UNLCK);
	CHECK(fcntl(55, F_GETFD) < 0 && errno == EBADF);
	close(20);
	close(21);
	CHECK(statvfs("/io", &sv) == 0 && sv.f_bsize == 4096 && sv.f_bfree > 0 &&
	      sv.f_blocks >= sv.f_bfree && sv.f_namemax == 255);
	CHECK(fstatvfs(fd, &sv) == 0 && statvfs("/none", &sv) < 0);
	CHECK(fchmod(fd, 0400) == 0 && fstat(fd, &st) == 0 && (st.st_mode & 0777) == 0400);
	CHECK(fchown(fd, 1, 2) == 0 && futimens(fd, NULL) == 0);
	close(fd);
}

static void mappings(void)
{
	int fd = open("/m", O_CREAT | O_RDWR | O_TRUNC, 0644);
	char *p, *q;

	CHECK(write(fd, "hello mapped file", 17) == 17);
	p = mmap(NULL, 17, PROT_READ, MAP_PRIVATE, fd, 0);
	CHECK(p != MAP_FAILED && !memcmp(p, "hello", 5) && !p[17]);
	CHECK(((unsigned long)p & 4095) == 0 && munmap(p, 17) == 0);
	p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	CHECK(p != MAP_FAILED);
	memcpy(p + 6, "MAPPED", 6);
	CHECK(msync(p, 8192, MS_SYNC) == 0 && !strncmp(get("/m"), "hello MAPPED file", 17));
	q = mremap(p, 8192, 3 * 4096, MREMAP_MAYMOVE);
	CHECK(q != MAP_FAILED && !memcmp(q, "hello MAPPED", 12));
	CHECK(munmap(q, 3 * 4096) == 0);
	p = mmap(NULL, 100000, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(p != MAP_FAILED && !p[99999]);
	p[99999] = 1;
	CHECK(munmap(p, 100000) == 0);
	CHECK(mmap(NULL, 0, PROT_READ, MAP_PRIVATE, fd, 0) == MAP_FAILED && errno == EINVAL);
	close(fd);
}

/* glob over ramfs, statfs, sendfile between two files. */
static void more(void)
{
	glob_t g;
	struct statfs sf;
	off_t off = 2;
	int in, out;

	CHECK(mkdir("/gl", 0755) == 0 && mkdir("/gl/sub", 0755) == 0);
	put("/gl/b.c", "b");
	put("/gl/a.c", "a");
	put("/gl/sub/c.c", "c");
	put("/gl/.h.c", "h");
	CHECK(glob("/gl/*.c", 0, NULL, &g) == 0 && g.gl_pathc == 2 &&
	      !strcmp(g.gl_pathv[0], "/gl/a.c") && !strcmp(g.gl_pathv[1], "/gl/b.c"));
	globfree(&g);
	CHECK(glob("/gl/*/*.c", GLOB_MARK, NULL, &g) == 0 && g.gl_pathc == 1 &&
	      !strcmp(g.gl_pathv[0], "/gl/sub/c.c"));
	globfree(&g);
	CHECK(glob("/gl/*", GLOB_MARK | GLOB_ONLYDIR, NULL, &g) == 0 &&
	      g.gl_pathc == 1 && !strcmp(g.gl_pathv[0], "/gl/sub/"));
	globfree(&g);
	CHECK(glob("/gl/*.x", 0, NULL, &g) == GLOB_NOMATCH);
	CHECK(fnmatch("*.[ch]", "x.h", 0) == 0 && fnmatch("*", ".h", FNM_PERIOD));
	CHECK(statfs("/gl", &sf) == 0 && sf.f_type == 0x858458f6 &&
	      sf.f_bsize == 4096 && sf.f_bfree > 0);
	put("/src", "0123456789");
	in = open("/src", O_RDONLY);
	out = open("/dst", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	CHECK(sendfile(out, in, &off, 5) == 5 && off == 7 && lseek(in, 0, SEEK_CUR) == 0);
	CHECK(sendfile(out, in, NULL, 100) == 10 && lseek(in, 0, SEEK_CUR) == 10);
	close(in);
	close(out);
	CHECK(!strcmp(get("/dst"), "234560123456789"));
}

int main(void)
{
	more();
	dirs();
	renames();
	links();
	cwd();
	attributes();
	fd_calls();
	mappings();
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}

/* ukposix: what a unikernel answers to POSIX's questions about its
 * system, independent of the C library (nolibc and newlib's glue wrap
 * it). Numbers are glibc's/Linux's (_SC_*, _PC_*), struct layouts the
 * Linux/glibc ones both libcs use (checked by static asserts in their
 * wrappers); kernel convention: 0 or a negative errno. */
#ifndef __UK_POSIX_H__
#define __UK_POSIX_H__

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The value of sysconf(@name) (glibc's _SC_ numbers): 0 and *@v, or
 * -EINVAL for a name there is no answer to. _SC_CLK_TCK is the C
 * library's (its times() unit): -EINVAL here. */
int ukposix_sysconf(int name, long *v);
/* fpathconf(@name) (_PC_ numbers), the same for every file of ramfs. */
int ukposix_pathconf(int name, long *v);

/* uname's six fields (Linux's struct new_utsname, glibc's utsname). */
struct ukposix_utsname {
	char sysname[65];
	char nodename[65];
	char release[65];
	char version[65];
	char machine[65];
	char domainname[65];
};
void ukposix_uname(struct ukposix_utsname *u);
/* The host name ("uklink" until set): 0, or -ENAMETOOLONG (@size too
 * small) / -EINVAL (@len over 64). */
int ukposix_gethostname(char *buf, size_t size);
int ukposix_sethostname(const char *name, size_t len);

/* The one user and group: root, uid and gid 0, home /, shell /bin/sh. */
struct ukposix_user {
	const char *name, *passwd, *gecos, *dir, *shell;
	uint32_t uid, gid;
};
struct ukposix_group {
	const char *name, *passwd;
	uint32_t gid;
	char **members;		/* NULL-ended */
};
/* The user with @name (if not NULL) or @uid: 1 and *@u, or 0 (no such
 * user). With @buf, the strings are copied there (getpwnam_r): -ERANGE
 * if @size is too small. */
int ukposix_user(const char *name, uint32_t uid, struct ukposix_user *u,
		 char *buf, size_t size);
/* The same for groups; with @buf the member list is copied there too. */
int ukposix_group(const char *name, uint32_t gid, struct ukposix_group *g,
		  char *buf, size_t size);

/* glibc's x86_64 struct statvfs and Linux's struct statfs: the one
 * filesystem's figures (ramfs in the heap). */
struct ukposix_statvfs {
	unsigned long bsize, frsize, blocks, bfree, bavail;
	unsigned long files, ffree, favail, fsid, flag, namemax;
	int spare[6];
};
struct ukposix_statfs {
	long type, bsize;
	unsigned long blocks, bfree, bavail, files, ffree;
	int fsid[2];
	long namelen, frsize, flags, spare[4];
};
/* For the file @path names (or @fd's when @path is NULL): 0, or the
 * lookup's error. */
int ukposix_statvfs(const char *path, int fd, struct ukposix_statvfs *st);
int ukposix_statfs(const char *path, int fd, struct ukposix_statfs *st);

/* Resource limits by Linux's RLIMIT_ numbers, in glibc's x86_64 struct
 * rlimit (RLIM_INFINITY is ~0UL): 0, or -EINVAL (no such resource, or
 * cur over max), -EPERM (raising the hard limit). */
#define UKPOSIX_RLIMIT_NLIMITS	16
struct ukposix_rlimit {
	unsigned long cur, max;
};
int ukposix_getrlimit(int res, struct ukposix_rlimit *rl);
int ukposix_setrlimit(int res, const struct ukposix_rlimit *rl);

/* The nice value (-20 to 19) of the one process, asked with Linux's
 * PRIO_PROCESS, PRIO_PGRP, PRIO_USER and who 0 or 1 (ourselves): 0 and
 * *@nice, or -EINVAL (@which), -ESRCH (@who). setpriority clamps. */
int ukposix_getpriority(int which, unsigned int who, int *nice);
int ukposix_setpriority(int which, unsigned int who, int nice);

#ifdef __cplusplus
}
#endif

#endif /* __UK_POSIX_H__ */

/* POSIX symbolic constants and the few system calls nolibc offers. */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STDIN_FILENO	0
#define STDOUT_FILENO	1
#define STDERR_FILENO	2

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

/* File descriptors (docs/vfs.md). Without vfscore in the image (nothing
 * calls open, pipe, dup, ...), the only fds are the console's: 0 reads
 * it, 1 and 2 write it. Each call returns what its name says, or -1 with
 * errno set. */

/* Writes @len bytes of @buf to @fd; returns the count written. */
ssize_t write(int fd, const void *buf, size_t len);
/* Reads up to @len bytes into @buf: the count, 0 at end of file. Fd 0,
 * the console, waits until something arrives; it ends only where the
 * console's input does (linuxu: end of file on the process's fd 0). An
 * empty pipe with a writer fails with EAGAIN: there are no threads to
 * wait for. */
ssize_t read(int fd, void *buf, size_t len);
int close(int fd);
off_t lseek(int fd, off_t off, int whence);
int dup(int fd);
int dup2(int fd, int to);
/* @fds[0] reads what @fds[1] writes. */
int pipe(int fds[2]);
int unlink(const char *path);
int rmdir(const char *path);
/* unlink, or rmdir with AT_REMOVEDIR, from @dirfd. */
int unlinkat(int dirfd, const char *path, int flags);
/* 1 if @fd is the console, else 0 with errno set (ENOTTY, EBADF). */
int isatty(int fd);
/* The console's name, "/dev/console" (others: NULL / ENOTTY). */
char *ttyname(int fd);
int ttyname_r(int fd, char *buf, size_t len);

/* Positioned I/O: the fd's offset does not move. */
ssize_t pread(int fd, void *buf, size_t len, off_t off);
ssize_t pwrite(int fd, const void *buf, size_t len, off_t off);
/* Files live in memory: nothing to write out (0, or EBADF). */
int fsync(int fd);
int fdatasync(int fd);
void sync(void);
/* Sets a regular file's size (follows links). */
int truncate(const char *path, off_t size);
int ftruncate(int fd, off_t size);

/* access() modes: existence, or read / write / execute permission. One
 * user, root: R_OK and W_OK always pass, X_OK needs an x bit. */
#define F_OK	0
#define X_OK	1
#define W_OK	2
#define R_OK	4
int access(const char *path, int mode);
int faccessat(int dirfd, const char *path, int mode, int flags);

/* Links (docs/vfs.md): hard links (not to directories), symbolic links
 * (any target text, followed when paths are walked), and reading one:
 * the target's bytes (no NUL), at most @len. */
int link(const char *old, const char *new_);
int linkat(int olddirfd, const char *old, int newdirfd, const char *new_,
	   int flags);
int symlink(const char *target, const char *path);
int symlinkat(const char *target, int dirfd, const char *path);
ssize_t readlink(const char *path, char *buf, size_t len);
ssize_t readlinkat(int dirfd, const char *path, char *buf, size_t len);

/* Owner: kept and reported by stat, not enforced (-1: unchanged). */
int chown(const char *path, uid_t uid, gid_t gid);
int lchown(const char *path, uid_t uid, gid_t gid);
int fchown(int fd, uid_t uid, gid_t gid);
int fchownat(int dirfd, const char *path, uid_t uid, gid_t gid, int flags);

/* The working directory (initially /): where relative paths start. */
int chdir(const char *path);
int fchdir(int fd);
/* Its absolute path in @buf (@size bytes; glibc's extension: @buf NULL
 * allocates it, @size 0 then meaning "as large as needed"); NULL with
 * errno ERANGE if it does not fit. */
char *getcwd(char *buf, size_t size);

/* getopt as glibc's (<getopt.h> has getopt_long): the next option letter
 * of argv, '?' for an unknown one or a missing argument (':' if @opts
 * starts with ':'), -1 when the options end; operands met before an
 * option are moved after the options (GNU permutation) unless @opts
 * starts with '+' or POSIXLY_CORRECT is set. */
int getopt(int argc, char *const argv[], const char *opts);
extern char *optarg;
extern int optind, opterr, optopt;

/* One process: getpid() is 1, getppid() 0; process groups and sessions
 * are its own. */
pid_t getpid(void);
pid_t getppid(void);
pid_t getpgrp(void);
pid_t getpgid(pid_t pid);
pid_t getsid(pid_t pid);
pid_t setsid(void);
int setpgid(pid_t pid, pid_t pgid);
/* No other program can run: these print what was attempted on stderr and
 * fail with ENOSYS. */
pid_t fork(void);
pid_t vfork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
int execv(const char *path, char *const argv[]);
int execvp(const char *file, char *const argv[]);
int execvpe(const char *file, char *const argv[], char *const envp[]);
int execl(const char *path, const char *arg, ...);
int execlp(const char *file, const char *arg, ...);
int execle(const char *path, const char *arg, ...);

/* The environment (<stdlib.h>: getenv, setenv...). */
extern char **environ;

/* Host name (initially "uklink"; sethostname changes it). */
int gethostname(char *buf, size_t size);
int sethostname(const char *name, size_t len);
/* Supplementary groups: only group 0. */
int getgroups(int n, gid_t *list);
char *getlogin(void);
int getlogin_r(char *buf, size_t size);
/* Random bytes from uksrand (at most 256: EIO beyond). */
int getentropy(void *buf, size_t n);
/* No system calls to make: syscall() answers SYS_getpid and SYS_gettid
 * (1), prints any other number it is asked for and fails with ENOSYS. */
long syscall(long nr, ...);
pid_t gettid(void);
/* Nice value: kept and reported, it changes nothing. */
int nice(int inc);

/* System limits (glibc's numbers): see sysconf.c. */
enum {
	_SC_ARG_MAX = 0, _SC_CHILD_MAX = 1, _SC_CLK_TCK = 2,
	_SC_NGROUPS_MAX = 3, _SC_OPEN_MAX = 4, _SC_STREAM_MAX = 5,
	_SC_TZNAME_MAX = 6, _SC_JOB_CONTROL = 7, _SC_SAVED_IDS = 8,
	_SC_TIMERS = 11, _SC_VERSION = 29, _SC_PAGESIZE = 30,
	_SC_PAGE_SIZE = 30, _SC_SIGQUEUE_MAX = 34, _SC_LINE_MAX = 43,
	_SC_RE_DUP_MAX = 44, _SC_IOV_MAX = 60, _SC_THREADS = 67,
	_SC_THREAD_SAFE_FUNCTIONS = 68, _SC_GETGR_R_SIZE_MAX = 69,
	_SC_GETPW_R_SIZE_MAX = 70, _SC_LOGIN_NAME_MAX = 71,
	_SC_TTY_NAME_MAX = 72, _SC_NPROCESSORS_CONF = 83,
	_SC_NPROCESSORS_ONLN = 84, _SC_PHYS_PAGES = 85,
	_SC_AVPHYS_PAGES = 86, _SC_ATEXIT_MAX = 87, _SC_NZERO = 109,
	_SC_MONOTONIC_CLOCK = 149, _SC_SYMLOOP_MAX = 173,
	_SC_HOST_NAME_MAX = 180, _SC_LEVEL1_DCACHE_LINESIZE = 190,
	_SC_MINSIGSTKSZ = 249, _SC_SIGSTKSZ = 250,
};
enum { _PC_LINK_MAX, _PC_MAX_CANON, _PC_MAX_INPUT, _PC_NAME_MAX,
       _PC_PATH_MAX, _PC_PIPE_BUF };
/* The value of limit @name, or -1 with errno EINVAL (unknown name). */
long sysconf(int name);
long pathconf(const char *path, int name);
long fpathconf(int fd, int name);
int getpagesize(void);
/* The size of the fd table (1024). */
int getdtablesize(void);

/* One identity, user and group 0: the get*id functions return 0; the
 * set*id functions accept 0 (and -1, "unchanged", for the pairs) and fail
 * with EPERM for any other id. */
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int setuid(uid_t uid);
int setgid(gid_t gid);
int setreuid(uid_t ruid, uid_t euid);
int setregid(gid_t rgid, gid_t egid);

/* Wait at least seconds / usec microseconds (nanosleep, time.h). sleep
 * returns 0, or seconds if the platform has no clock; usleep 0 or -1. */
unsigned int sleep(unsigned int seconds);
int usleep(useconds_t usec);

/* SIGALRM after @seconds (0: cancel): the seconds that were left of the
 * previous alarm. ualarm: the same in microseconds (with a repeat
 * interval). Delivered by the platform's tick (kvm, linuxu) or, on every
 * platform, while the program waits in sleep, pause... (signal.h). */
unsigned int alarm(unsigned int seconds);
useconds_t ualarm(useconds_t usec, useconds_t interval);
/* Waits until a signal handler has run: -1, errno EINTR. */
int pause(void);

/* Stops the unikernel with @status at once: no atexit handlers, no stdio
 * flush. */
void _exit(int status) __attribute__((noreturn));

#ifdef __cplusplus
}
#endif

#endif

/* One user and one group, root (0), and one process (pid 1, no parent,
 * its own group and session): what a unikernel is. glibc's uid_t and
 * gid_t (32 bits; patches/0005's machine/_types.h). */
#include <errno.h>
#include <sys/types.h>
#include <unistd.h>

/* Only root may be asked for: 0, or -1 and EPERM. */
static int only_root(unsigned int id)
{
	if (id == 0)
		return 0;
	errno = EPERM;
	return -1;
}

/* id, or 0 for "unchanged" (-1), for the set*id pairs. */
static unsigned int asked(unsigned int id)
{
	return id == (unsigned int)-1 ? 0 : id;
}

uid_t getuid(void) { return 0; }
uid_t geteuid(void) { return 0; }
gid_t getgid(void) { return 0; }
gid_t getegid(void) { return 0; }
int setuid(uid_t id) { return only_root(id); }
int setgid(gid_t id) { return only_root(id); }
int seteuid(uid_t id) { return only_root(id); }
int setegid(gid_t id) { return only_root(id); }

int setreuid(uid_t r, uid_t e)
{
	return only_root(asked(r) | asked(e));
}

int setregid(gid_t r, gid_t e)
{
	return only_root(asked(r) | asked(e));
}

pid_t getppid(void) { return 0; }
pid_t getpgrp(void) { return 1; }

/* Our process (0 or 1) is its own group and session. */
pid_t getpgid(pid_t pid)
{
	if (pid == 0 || pid == 1)
		return 1;
	errno = ESRCH;
	return -1;
}

pid_t getsid(pid_t pid)
{
	return getpgid(pid);
}

/* Already a session leader. */
pid_t setsid(void)
{
	errno = EPERM;
	return -1;
}

int setpgid(pid_t pid, pid_t pgid)
{
	if ((pid == 0 || pid == 1) && (pgid == 0 || pgid == 1))
		return 0;
	errno = EPERM;
	return -1;
}

/* Supplementary groups: none. */
int getgroups(int size, gid_t list[])
{
	(void)size, (void)list;
	return 0;
}

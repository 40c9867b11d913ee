/* A unikernel has one identity: user 0, group 0 (what programs that drop
 * privileges at start-up ask about). Changing to it succeeds; changing
 * to any other fails with EPERM, as it would for an unprivileged user. */
#include <unistd.h>
#include <errno.h>

uid_t getuid(void)
{
	return 0;
}

uid_t geteuid(void)
{
	return 0;
}

gid_t getgid(void)
{
	return 0;
}

gid_t getegid(void)
{
	return 0;
}

static int only_zero(unsigned int a, unsigned int b)
{
	/* -1 means "unchanged" for the set*id pairs. */
	if ((a && a != (unsigned int)-1) || (b && b != (unsigned int)-1)) {
		errno = EPERM;
		return -1;
	}
	return 0;
}

int setuid(uid_t uid)
{
	return only_zero(uid, 0);
}

int setgid(gid_t gid)
{
	return only_zero(gid, 0);
}

int setreuid(uid_t r, uid_t e)
{
	return only_zero(r, e);
}

int setregid(gid_t r, gid_t e)
{
	return only_zero(r, e);
}


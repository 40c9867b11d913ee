/* The group database: one group, root (gid 0), with no other members. */
#include <errno.h>
#include <grp.h>
#include <string.h>
#include <unistd.h>

static char *no_members[1];
static struct group root = { "root", "x", 0, no_members };

struct group *getgrgid(gid_t gid)
{
	return gid == 0 ? &root : NULL;
}

struct group *getgrnam(const char *name)
{
	return strcmp(name, "root") ? NULL : &root;
}

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size,
	       struct group **res)
{
	*res = NULL;
	if (gid != 0)
		return 0;
	if (size < sizeof(char *) + 7)
		return ERANGE;
	/* the member list (empty) first, aligned, then the strings */
	*gr = (struct group){ buf + sizeof(char *), buf + sizeof(char *) + 5,
			      0, (char **)buf };
	*(char **)buf = NULL;
	memcpy(buf + sizeof(char *), "root\0x", 7);
	*res = gr;
	return 0;
}

int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size,
	       struct group **res)
{
	return getgrgid_r(strcmp(name, "root") ? (gid_t)-1 : 0, gr, buf, size,
			  res);
}

/* Supplementary groups: none beyond the primary one. */
int getgroups(int n, gid_t *list)
{
	if (n < 0) {
		errno = EINVAL;
		return -1;
	}
	if (n)
		list[0] = 0;
	return 1;
}

int setgroups(size_t n, const gid_t *list)
{
	if (n > 1 || (n && list[0])) {
		errno = EPERM;
		return -1;
	}
	return 0;
}

int initgroups(const char *user, gid_t gid)
{
	(void)user;
	return setgroups(1, &gid);
}

char *getlogin(void)
{
	return "root";
}

int getlogin_r(char *buf, size_t size)
{
	if (size < 5)
		return ERANGE;
	memcpy(buf, "root", 5);
	return 0;
}

/* The group database: ukposix's one group, root (gid 0), in glibc's
 * struct group; the supplementary groups and login name. */
#include <errno.h>
#include <grp.h>
#include <string.h>
#include <unistd.h>
#include <uk/posix.h>

static struct group *fill(struct group *gr, const struct ukposix_group *g)
{
	*gr = (struct group){ (char *)g->name, (char *)g->passwd, g->gid,
			      g->members };
	return gr;
}

static struct group *lookup(const char *name, gid_t gid)
{
	static struct group gr;
	struct ukposix_group g;

	return ukposix_group(name, gid, &g, 0, 0) > 0 ? fill(&gr, &g) : NULL;
}

struct group *getgrgid(gid_t gid)
{
	return lookup(NULL, gid);
}

struct group *getgrnam(const char *name)
{
	return lookup(name, 0);
}

static int lookup_r(const char *name, gid_t gid, struct group *gr,
		    char *buf, size_t size, struct group **res)
{
	struct ukposix_group g;
	int r = ukposix_group(name, gid, &g, buf, size);

	*res = r > 0 ? fill(gr, &g) : NULL;
	return r < 0 ? -r : 0;
}

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size,
	       struct group **res)
{
	return lookup_r(NULL, gid, gr, buf, size, res);
}

int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size,
	       struct group **res)
{
	return lookup_r(name, 0, gr, buf, size, res);
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

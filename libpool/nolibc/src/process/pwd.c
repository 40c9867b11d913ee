/* The user database: ukposix's one user, root, in glibc's struct passwd. */
#include <errno.h>
#include <pwd.h>
#include <uk/posix.h>

/* @u's fields in @pw. */
static struct passwd *fill(struct passwd *pw, const struct ukposix_user *u)
{
	*pw = (struct passwd){ (char *)u->name, (char *)u->passwd, u->uid,
			       u->gid, (char *)u->gecos, (char *)u->dir,
			       (char *)u->shell };
	return pw;
}

static struct passwd *lookup(const char *name, uid_t uid)
{
	static struct passwd pw;
	struct ukposix_user u;

	return ukposix_user(name, uid, &u, 0, 0) > 0 ? fill(&pw, &u) : NULL;
}

struct passwd *getpwuid(uid_t uid)
{
	return lookup(NULL, uid);
}

struct passwd *getpwnam(const char *name)
{
	return lookup(name, 0);
}

static int lookup_r(const char *name, uid_t uid, struct passwd *pw,
		    char *buf, size_t size, struct passwd **res)
{
	struct ukposix_user u;
	int r = ukposix_user(name, uid, &u, buf, size);

	*res = r > 0 ? fill(pw, &u) : NULL;
	return r < 0 ? -r : 0;
}

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size,
	       struct passwd **res)
{
	return lookup_r(NULL, uid, pw, buf, size, res);
}

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
	       struct passwd **res)
{
	return lookup_r(name, 0, pw, buf, size, res);
}

static int ent;

void setpwent(void)
{
	ent = 0;
}

void endpwent(void)
{
	ent = 0;
}

struct passwd *getpwent(void)
{
	return ent++ ? NULL : getpwuid(0);
}

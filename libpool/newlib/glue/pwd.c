/* The user and group databases: ukposix's one user and group, root, in
 * glibc's struct passwd (patches/0013) and struct group. */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <string.h>
#include <uk/posix.h>

int getlogin_r(char *buf, size_t size);

static struct passwd *to_passwd(struct passwd *pw,
				const struct ukposix_user *u)
{
	*pw = (struct passwd){ .pw_name = (char *)u->name,
			       .pw_passwd = (char *)u->passwd,
			       .pw_uid = u->uid, .pw_gid = u->gid,
			       .pw_gecos = (char *)u->gecos,
			       .pw_dir = (char *)u->dir,
			       .pw_shell = (char *)u->shell };
	return pw;
}

static struct group *to_group(struct group *gr,
			      const struct ukposix_group *g)
{
	*gr = (struct group){ .gr_name = (char *)g->name,
			      .gr_passwd = (char *)g->passwd,
			      .gr_gid = g->gid, .gr_mem = g->members };
	return gr;
}

static struct passwd *user(const char *name, uid_t uid)
{
	static struct passwd pw;
	struct ukposix_user u;

	return ukposix_user(name, uid, &u, NULL, 0) > 0 ? to_passwd(&pw, &u)
							 : NULL;
}

static int user_r(const char *name, uid_t uid, struct passwd *pw, char *buf,
		  size_t size, struct passwd **res)
{
	struct ukposix_user u;
	int r = ukposix_user(name, uid, &u, buf, size);

	*res = r > 0 ? to_passwd(pw, &u) : NULL;
	return r < 0 ? -r : 0;
}

static struct group *group(const char *name, gid_t gid)
{
	static struct group gr;
	struct ukposix_group g;

	return ukposix_group(name, gid, &g, NULL, 0) > 0 ? to_group(&gr, &g)
							  : NULL;
}

static int group_r(const char *name, gid_t gid, struct group *gr, char *buf,
		   size_t size, struct group **res)
{
	struct ukposix_group g;
	int r = ukposix_group(name, gid, &g, buf, size);

	*res = r > 0 ? to_group(gr, &g) : NULL;
	return r < 0 ? -r : 0;
}

struct passwd *getpwuid(uid_t uid) { return user(NULL, uid); }
struct passwd *getpwnam(const char *name) { return user(name, 0); }
struct group *getgrgid(gid_t gid) { return group(NULL, gid); }
struct group *getgrnam(const char *name) { return group(name, 0); }

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size,
	       struct passwd **res)
{
	return user_r(NULL, uid, pw, buf, size, res);
}

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
	       struct passwd **res)
{
	return user_r(name, 0, pw, buf, size, res);
}

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size,
	       struct group **res)
{
	return group_r(NULL, gid, gr, buf, size, res);
}

int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size,
	       struct group **res)
{
	return group_r(name, 0, gr, buf, size, res);
}

/* The database, one entry long. */
static int pw_next;

void setpwent(void) { pw_next = 0; }
void endpwent(void) { pw_next = 0; }
struct passwd *getpwent(void) { return pw_next++ ? NULL : getpwuid(0); }

char *getlogin(void)
{
	return getpwuid(0)->pw_name;
}

int getlogin_r(char *buf, size_t size)
{
	const char *name = getlogin();
	size_t n = strlen(name) + 1;

	if (n > size)
		return ERANGE;
	memcpy(buf, name, n);
	return 0;
}

/* The user and group databases: root alone (uid and gid 0, home /, shell
 * /bin/sh) in group root, with glibc's struct passwd (patches/0013). The
 * _r forms copy the strings into the caller's buffer. */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <string.h>

static struct passwd root = { .pw_name = "root", .pw_passwd = "x",
			      .pw_gecos = "root", .pw_dir = "/",
			      .pw_shell = "/bin/sh" };
static char *members[] = { "root", NULL };
static struct group wheel = { "root", "x", 0, members };

/* *s copied to buf (advanced by its size): 0, or ERANGE if it does not fit. */
static int put(char **s, char **buf, size_t *size)
{
	size_t n = strlen(*s) + 1;

	if (n > *size)
		return ERANGE;
	*s = memcpy(*buf, *s, n);
	*buf += n;
	*size -= n;
	return 0;
}

struct passwd *getpwuid(uid_t uid)
{
	return uid == 0 ? &root : NULL;
}

struct passwd *getpwnam(const char *name)
{
	return strcmp(name, "root") ? NULL : &root;
}

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size,
	       struct passwd **res)
{
	int e = 0;

	*res = NULL;
	if (uid != 0)
		return 0;
	*pw = root;
	e = put(&pw->pw_name, &buf, &size) ||
	    put(&pw->pw_passwd, &buf, &size) ||
	    put(&pw->pw_gecos, &buf, &size) ||
	    put(&pw->pw_dir, &buf, &size) ||
	    put(&pw->pw_shell, &buf, &size) ? ERANGE : 0;
	if (!e)
		*res = pw;
	return e;
}

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
	       struct passwd **res)
{
	return getpwuid_r(strcmp(name, "root") ? (uid_t)-1 : 0, pw, buf, size,
			  res);
}

struct group *getgrgid(gid_t gid)
{
	return gid == 0 ? &wheel : NULL;
}

struct group *getgrnam(const char *name)
{
	return strcmp(name, "root") ? NULL : &wheel;
}

/* The member list points into our own (constant) array. */
int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size,
	       struct group **res)
{
	int e;

	*res = NULL;
	if (gid != 0)
		return 0;
	*gr = wheel;
	e = put(&gr->gr_name, &buf, &size) || put(&gr->gr_passwd, &buf, &size)
		? ERANGE : 0;
	if (!e)
		*res = gr;
	return e;
}

int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size,
	       struct group **res)
{
	return getgrgid_r(strcmp(name, "root") ? (gid_t)-1 : 0, gr, buf, size,
			  res);
}

static int pw_next;

void setpwent(void) { pw_next = 0; }
void endpwent(void) { pw_next = 0; }
struct passwd *getpwent(void) { return pw_next++ ? NULL : &root; }

int getlogin_r(char *buf, size_t size);

char *getlogin(void)
{
	return root.pw_name;
}

int getlogin_r(char *buf, size_t size)
{
	char *b = buf;

	return put(&(char *){ root.pw_name }, &b, &size);
}

/* The user database: one user, root (uid 0, group 0, home /, shell
 * /bin/sh), as a unikernel has one identity. */
#include <errno.h>
#include <pwd.h>
#include <string.h>

static struct passwd root = { "root", "x", 0, 0, "root", "/", "/bin/sh" };

/* Copies root into @pw with its strings in @buf: 0, or ERANGE. */
static int copy(struct passwd *pw, char *buf, size_t size)
{
	const char *const s[5] = { root.pw_name, root.pw_passwd, root.pw_gecos,
				   root.pw_dir, root.pw_shell };
	char **d[5] = { &pw->pw_name, &pw->pw_passwd, &pw->pw_gecos,
			&pw->pw_dir, &pw->pw_shell };
	size_t n;
	int i;

	*pw = root;
	for (i = 0; i < 5; i++) {
		n = strlen(s[i]) + 1;
		if (n > size)
			return ERANGE;
		*d[i] = memcpy(buf, s[i], n);
		buf += n;
		size -= n;
	}
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
	int e = uid == 0 ? copy(pw, buf, size) : 0;

	*res = uid == 0 && !e ? pw : NULL;
	return e;
}

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
	       struct passwd **res)
{
	return getpwuid_r(strcmp(name, "root") ? (uid_t)-1 : 0, pw, buf, size,
			  res);
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
	return ent++ ? NULL : &root;
}

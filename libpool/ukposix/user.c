/* The user and group databases: root alone (uid and gid 0, home /,
 * shell /bin/sh) in group root. */
#include <uk/posix.h>
#include <errno.h>
#include <string.h>

static char *no_members[1];

static const struct ukposix_user root = { "root", "x", "root", "/",
					  "/bin/sh", 0, 0 };
static const struct ukposix_group wheel = { "root", "x", 0, no_members };

/* Copies *@s into @buf (advanced past it): 0, or -ERANGE. */
static int put(const char **s, char **buf, size_t *size)
{
	size_t n = strlen(*s) + 1;

	if (n > *size)
		return -ERANGE;
	*s = memcpy(*buf, *s, n);
	*buf += n;
	*size -= n;
	return 0;
}

int ukposix_user(const char *name, uint32_t uid, struct ukposix_user *u,
		 char *buf, size_t size)
{
	if (name ? strcmp(name, root.name) != 0 : uid != root.uid)
		return 0;
	*u = root;
	if (buf && (put(&u->name, &buf, &size) || put(&u->passwd, &buf, &size) ||
		    put(&u->gecos, &buf, &size) || put(&u->dir, &buf, &size) ||
		    put(&u->shell, &buf, &size)))
		return -ERANGE;
	return 1;
}

int ukposix_group(const char *name, uint32_t gid, struct ukposix_group *g,
		  char *buf, size_t size)
{
	uintptr_t pad;

	if (name ? strcmp(name, wheel.name) != 0 : gid != wheel.gid)
		return 0;
	*g = wheel;
	if (!buf)
		return 1;
	/* the (empty) member list first, pointer-aligned, then the strings */
	pad = -(uintptr_t)buf & (sizeof(char *) - 1);
	if (size < pad + sizeof(char *))
		return -ERANGE;
	g->members = (char **)(buf + pad);
	g->members[0] = NULL;
	buf += pad + sizeof(char *);
	size -= pad + sizeof(char *);
	if (put(&g->name, &buf, &size) || put(&g->passwd, &buf, &size))
		return -ERANGE;
	return 1;
}

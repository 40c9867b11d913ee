/* The environment: the platform's (linuxu: the process's) at boot, or
 * empty; setenv & co. work on a malloc()ed copy made on the first
 * change. Strings given to putenv() become part of it, as POSIX says. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uk/init.h>
#include <uk/plat/cmdline.h>

static char *empty[1];
char **environ = empty;
extern char **__environ __attribute__((alias("environ")));

/* The array environ points to, if it is ours to realloc (NULL: not yet,
 * or the program replaced environ). */
static char **owned;

static int environ_init(void)
{
	if (ukplat_environ && ukplat_environ())
		environ = ukplat_environ();
	return 0;
}
UK_INIT(environ_init, UK_INIT_LIB);

/* The index of @name (@n bytes) in environ, or the count of entries. */
static size_t find(const char *name, size_t n, int *found)
{
	size_t i;

	for (i = 0; environ[i]; i++)
		if (!strncmp(environ[i], name, n) && environ[i][n] == '=') {
			*found = 1;
			return i;
		}
	*found = 0;
	return i;
}

static int bad_name(const char *name)
{
	if (!name || !*name || strchr(name, '=')) {
		errno = EINVAL;
		return 1;
	}
	return 0;
}

/* Makes room for one more entry at environ[@count]: 0 or -1. */
static int grow(size_t count)
{
	char **e;

	if (environ == owned) {
		e = realloc(owned, (count + 2) * sizeof(*e));
	} else {
		e = malloc((count + 2) * sizeof(*e));
		if (e)
			memcpy(e, environ, count * sizeof(*e));
	}
	if (!e)
		return -1;
	e[count + 1] = NULL;
	environ = owned = e;
	return 0;
}

int putenv(char *s)
{
	char *eq = strchr(s, '=');
	int found;
	size_t i;

	if (!eq)
		return unsetenv(s);
	i = find(s, eq - s, &found);
	if (!found && grow(i))
		return -1;
	environ[i] = s;
	return 0;
}

/* The strings setenv() makes are never freed: a program may still hold
 * one that getenv() gave it. */
int setenv(const char *name, const char *value, int overwrite)
{
	size_t n, v;
	char *s;
	int found;

	if (bad_name(name))
		return -1;
	n = strlen(name);
	find(name, n, &found);
	if (found && !overwrite)
		return 0;
	v = strlen(value);
	s = malloc(n + v + 2);
	if (!s)
		return -1;
	memcpy(s, name, n);
	s[n] = '=';
	memcpy(s + n + 1, value, v + 1);
	return putenv(s);
}

int unsetenv(const char *name)
{
	size_t n, i;
	int found;

	if (bad_name(name))
		return -1;
	n = strlen(name);
	for (i = find(name, n, &found); found; i = find(name, n, &found)) {
		for (; environ[i]; i++)
			environ[i] = environ[i + 1];
	}
	return 0;
}

int clearenv(void)
{
	free(owned);
	owned = NULL;
	environ = empty;
	return 0;
}

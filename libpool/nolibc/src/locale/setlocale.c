/* Two locales: "C" (also "POSIX") and "C.UTF-8" (also "C.utf8", and any
 * NAME.UTF-8 from the environment, e.g. LANG=en_US.UTF-8: its character
 * set, the C conventions). Each category is set on its own; only
 * LC_CTYPE changes what functions do (multibyte and wide characters). */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include "locale_impl.h"

#define NCAT 13		/* LC_CTYPE .. LC_IDENTIFICATION, LC_ALL is 6 */

static const char *cur[NCAT] = {
	"C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C" };
static char all[NCAT * 10];

/* The locale @name means: "C", "C.UTF-8", or NULL (unknown). */
static const char *known(const char *name)
{
	const char *dot;

	if (!strcmp(name, "C") || !strcmp(name, "POSIX"))
		return "C";
	dot = strchr(name, '.');
	if (dot && (!strcmp(dot + 1, "UTF-8") || !strcmp(dot + 1, "utf8") ||
		    !strcmp(dot + 1, "UTF8") || !strcmp(dot + 1, "utf-8")))
		return "C.UTF-8";
	return NULL;
}

/* "" means the environment: LC_ALL, then the category's, then LANG. */
static const char *from_env(int cat)
{
	static const char *const names[NCAT] = { "LC_CTYPE", "LC_NUMERIC",
		"LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", NULL,
		"LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE",
		"LC_MEASUREMENT", "LC_IDENTIFICATION" };
	const char *v = getenv("LC_ALL");

	if ((!v || !*v) && names[cat])
		v = getenv(names[cat]);
	if (!v || !*v)
		v = getenv("LANG");
	return v && *v ? v : "C";
}

static int set(int cat, const char *name)
{
	const char *l = known(*name ? name : from_env(cat));

	if (!l)
		return -1;
	cur[cat] = l;
	if (cat == LC_CTYPE)
		_nolibc_utf8 = l[1] != 0;
	return 0;
}

char *setlocale(int cat, const char *name)
{
	int i, same = 1;

	if (cat < 0 || cat >= NCAT)
		return NULL;
	if (name && cat != LC_ALL)
		return set(cat, name) ? NULL : (char *)cur[cat];
	if (name) {
		for (i = 0; i < NCAT; i++)
			if (i != LC_ALL && !known(*name ? name : from_env(i)))
				return NULL;
		for (i = 0; i < NCAT; i++)
			if (i != LC_ALL)
				set(i, name);
	}
	if (cat != LC_ALL)
		return (char *)cur[cat];
	for (i = 1; i < NCAT; i++)
		if (i != LC_ALL && strcmp(cur[i], cur[0]))
			same = 0;
	if (same)
		return (char *)cur[0];
	/* glibc's composite form, "LC_CTYPE=...;LC_NUMERIC=..." is what
	 * programs pass back: ours lists the two that may differ. */
	strcpy(all, "LC_CTYPE=");
	strcat(all, cur[LC_CTYPE]);
	strcat(all, ";LC_NUMERIC=");
	strcat(all, cur[LC_NUMERIC]);
	return all;
}

/* A line on the console's error stream (private to the glue): what ends
 * the program or fails for good says so, never silently (the host's error
 * stream where the platform has one, else the console). */
#ifndef _NEWLIB_GLUE_SAY_H
#define _NEWLIB_GLUE_SAY_H

#include <string.h>
#include <uk/plat/console.h>

/* "newlib: " a b c, one line. */
static inline void glue_say(const char *a, const char *b, const char *c)
{
	int (*out)(const char *, unsigned int) =
		ukplat_coute ? ukplat_coute : ukplat_coutk;

	out("newlib: ", 8);
	out(a, strlen(a));
	out(b, strlen(b));
	out(c, strlen(c));
	out("\n", 1);
}

#endif

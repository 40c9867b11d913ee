#include <string.h>

/* glibc 2.32's: strerror's text, or NULL for a number it does not know
 * (strerror's "Unknown error N"). */
const char *strerrordesc_np(int err)
{
	const char *s = strerror(err);

	return strncmp(s, "Unknown error ", 14) ? s : NULL;
}

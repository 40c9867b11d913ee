#include <string.h>
#include <strings.h>

char *strcasestr(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay; hay++)
		if (!strncasecmp(hay, needle, n))
			return (char *)hay;
	return *needle ? NULL : (char *)hay;
}

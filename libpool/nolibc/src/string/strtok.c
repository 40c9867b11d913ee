#include <string.h>

char *strtok(char *s, const char *delim)
{
	static char *save = "";

	return strtok_r(s, delim, &save);
}

/* glibc's environment extras: secure_getenv (no set-uid here: getenv)
 * and clearenv (an empty environment; newlib's setenv grows it again). */
#include <stdlib.h>

extern char **environ;
char *secure_getenv(const char *name);
int clearenv(void);

char *secure_getenv(const char *name)
{
	return getenv(name);
}

int clearenv(void)
{
	static char *empty[1];

	environ = empty;
	return 0;
}

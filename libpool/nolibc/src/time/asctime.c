#include <time.h>

/* "Sun Sep 16 01:03:52 1973\n" (C's format); ctime is asctime of the
 * local time, UTC here. */
char *asctime_r(const struct tm *tm, char *buf)
{
	return strftime(buf, 26, "%a %b %e %H:%M:%S %Y\n", tm) ? buf : NULL;
}

char *asctime(const struct tm *tm)
{
	static char buf[26];

	return asctime_r(tm, buf);
}

char *ctime_r(const time_t *t, char *buf)
{
	struct tm tm;

	return localtime_r(t, &tm) ? asctime_r(&tm, buf) : NULL;
}

char *ctime(const time_t *t)
{
	static char buf[26];

	return ctime_r(t, buf);
}

/* There are no time zones: local time is UTC whatever TZ says
 * (docs/time.md); these are what glibc shows for TZ unset. */
#include <time.h>

char *tzname[2] = { "UTC", "UTC" };
long timezone;
int daylight;

void tzset(void)
{
}

/* Host test of nolibc's strftime against glibc's (TZ=UTC, C locale):
 * gcc -Dstrftime=uk_strftime -c ../../src/time/strftime.c, then this file
 * with it (tests/test_time_host.py runs it). Prints "N checked, N failed". */
#include <stdio.h>
#include <string.h>
#include <time.h>

size_t uk_strftime(char *s, size_t max, const char *fmt, const struct tm *tm);

static const char fmt[] = "%a %A %b %h %B|%c|%C %d %D %e %F %H %I %j %m %M "
			  "%n %p %r %R %s %S %t %T %u %U %w %W %x %X %y %Y "
			  "%z %% %Ey %Od %G %g %V %Z";

int main(void)
{
	char a[512], b[512];
	long checked = 0, fails = 0;
	long long t;
	struct tm tm;

	for (t = -2208988800LL; t < 16725225600LL; t += 86400 * 3 + 3671) {
		time_t tt = t;
		size_t na, nb;

		gmtime_r(&tt, &tm);
		na = uk_strftime(a, sizeof(a), fmt, &tm);
		nb = strftime(b, sizeof(b), fmt, &tm);
		checked++;
		if (na != nb || strcmp(a, b)) {
			if (fails++ < 5)
				printf("FAIL %lld:\n ours  %s\n glibc %s\n", t, a, b);
		}
	}
	gmtime_r(&(time_t){ 0 }, &tm);
	if (uk_strftime(a, 5, "%Y-%m", &tm) != 0 ||
	    uk_strftime(a, 8, "%Y-%m", &tm) != 7 || strcmp(a, "1970-01") ||
	    uk_strftime(a, 8, "%Z", &tm) != 3 || strcmp(a, "GMT")) {
		fails++;
		printf("FAIL short buffer or %%Z\n");
	}
	printf("%ld checked, %ld failed\n", checked, fails);
	return fails != 0;
}

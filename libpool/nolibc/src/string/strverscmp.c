#include <ctype.h>
#include <string.h>

/* Version order (GNU): where the strings first differ inside a run of
 * digits, a longer number is larger; a run that starts with zeros is a
 * fraction, in which a digit sorts before anything else. */
int strverscmp(const char *a, const char *b)
{
	const unsigned char *p = (const void *)a, *q = (const void *)b;
	size_t i, run = 0, j;	/* run: where the current digit run starts */
	int zeros = 1;		/* that run has been all zeros so far */

	for (i = 0; p[i] == q[i]; i++) {
		if (!p[i])
			return 0;
		if (!isdigit(p[i])) {
			run = i + 1;
			zeros = 1;
		} else if (p[i] != '0') {
			zeros = 0;
		}
	}
	/* both in a number that does not start with 0 */
	if ((unsigned)(p[run] - '1') < 9 && (unsigned)(q[run] - '1') < 9) {
		for (j = i; isdigit(p[j]); j++)
			if (!isdigit(q[j]))
				return 1;
		if (isdigit(q[j]))
			return -1;
	} else if (zeros && run < i && (isdigit(p[i]) || isdigit(q[i]))) {
		return (unsigned char)(p[i] - '0') - (unsigned char)(q[i] - '0');
	}
	return p[i] - q[i];
}

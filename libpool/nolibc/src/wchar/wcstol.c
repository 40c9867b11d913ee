/* wcstol/wcstoul: the narrow conversions on an ASCII copy of the
 * number's characters (digits and letters are ASCII in every base). */
#include <stdlib.h>
#include <wchar.h>
#include <wctype.h>

#define MAXLEN 80

/* Copies the leading space, sign, prefix and digits of @s as bytes. */
static size_t narrow(const wchar_t *s, char *buf)
{
	size_t n = 0;

	while (iswspace(s[n]) && n < MAXLEN - 1) {
		buf[n] = ' ';
		n++;
	}
	for (; n < MAXLEN - 1 && s[n] < 0x80 && (s[n] == '+' || s[n] == '-' ||
		      iswalnum(s[n])); n++)
		buf[n] = (char)s[n];
	buf[n] = 0;
	return n;
}

long wcstol(const wchar_t *s, wchar_t **end, int base)
{
	char buf[MAXLEN], *e;
	long v;

	narrow(s, buf);
	v = strtol(buf, &e, base);
	if (end)
		*end = (wchar_t *)s + (e - buf);
	return v;
}

unsigned long wcstoul(const wchar_t *s, wchar_t **end, int base)
{
	char buf[MAXLEN], *e;
	unsigned long v;

	narrow(s, buf);
	v = strtoul(buf, &e, base);
	if (end)
		*end = (wchar_t *)s + (e - buf);
	return v;
}

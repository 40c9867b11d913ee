/* The scanf engine, on a string (C11 7.21.6.2): conversions d i u o x X p
 * f F e E g G a A s c [ n %, assignment suppression '*', field widths,
 * length modifiers hh h l ll j z t L. Numbers are converted by strtoll,
 * strtoull and strtod on a copy of the field, so that a width limits them
 * exactly. Returns the number of assignments, or EOF if the input ended
 * before the first one. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <ctype.h>
#include <string.h>

enum { LEN_HH, LEN_H, LEN_NONE, LEN_L, LEN_LL, LEN_BIG_L };

/* Stores @v through the next pointer, sized by @len. */
static void store_int(va_list *ap, int len, unsigned long long v)
{
	switch (len) {
	case LEN_HH: *va_arg(*ap, char *) = (char)v; break;
	case LEN_H: *va_arg(*ap, short *) = (short)v; break;
	case LEN_NONE: *va_arg(*ap, int *) = (int)v; break;
	default: *va_arg(*ap, long long *) = (long long)v; break;
	}
}

static const unsigned char *length(const unsigned char *f, int *len)
{
	*len = LEN_NONE;
	if (*f == 'h')
		*len = *++f == 'h' ? (f++, LEN_HH) : LEN_H;
	else if (*f == 'l')
		*len = *++f == 'l' ? (f++, LEN_LL) : LEN_L;
	else if (*f == 'j' || *f == 'z' || *f == 't')
		*len = (f++, LEN_L);
	else if (*f == 'L' || *f == 'q')
		*len = (f++, LEN_BIG_L);
	return f;
}

/* Does @c match the scanset that starts after '[' at @set? Sets *@end
 * after the closing ']'. */
static int in_set(const unsigned char *set, int c, const unsigned char **end)
{
	int neg = *set == '^', hit = 0;
	const unsigned char *p = set + neg;

	if (*p == ']') {
		hit |= c == ']';
		p++;
	}
	for (; *p && *p != ']'; p++) {
		if (p[1] == '-' && p[2] && p[2] != ']') {
			hit |= c >= p[0] && c <= p[2];
			p += 2;
		} else {
			hit |= c == *p;
		}
	}
	*end = *p ? p + 1 : p;
	return hit != neg;
}

/* Converts one number field of at most @width bytes at *@s. */
static int number(const unsigned char **s, int conv, int width, int len,
		  int skip, va_list *ap)
{
	char buf[128], *end;
	size_t n = strlen((const char *)*s);

	if (width <= 0 || width > (int)sizeof(buf) - 1)
		width = sizeof(buf) - 1;
	if (n > (size_t)width)
		n = width;
	memcpy(buf, *s, n);
	buf[n] = 0;
	if (strchr("fFeEgGaA", conv)) {
		double d = strtod(buf, &end);

		if (end == buf)
			return 0;
		if (!skip && len == LEN_NONE)
			*va_arg(*ap, float *) = (float)d;
		else if (!skip && len == LEN_BIG_L)
			*va_arg(*ap, long double *) = d;
		else if (!skip)
			*va_arg(*ap, double *) = d;
	} else {
		int base = conv == 'd' || conv == 'u' ? 10 : conv == 'o' ? 8
			 : conv == 'i' ? 0 : 16;
		unsigned long long v = conv == 'd' || conv == 'i'
			? (unsigned long long)strtoll(buf, &end, base)
			: strtoull(buf, &end, base);

		if (end == buf)
			return 0;
		if (skip)
			;
		else if (conv == 'p')
			*va_arg(*ap, void **) = (void *)(uintptr_t)v;
		else
			store_int(ap, len, v);
	}
	*s += end - buf;
	return 1;
}

/* %s %c %[: copies matching bytes (unless @skip); returns how many. */
static int chars(const unsigned char **s, int conv, int width,
		 const unsigned char *set, int skip, va_list *ap)
{
	char *out = skip ? NULL : va_arg(*ap, char *);
	const unsigned char *p = *s, *e;
	int n = 0;

	if (width <= 0)
		width = conv == 'c' ? 1 : -1;
	while (*p && n != width) {
		if (conv == 's' && isspace(*p))
			break;
		if (conv == '[' && !in_set(set, *p, &e))
			break;
		if (out)
			out[n] = (char)*p;
		n++;
		p++;
	}
	if (conv == 'c' && n != width)
		return 0;
	if (out && conv != 'c' && n)
		out[n] = 0;
	*s = p;
	return n;
}

int vsscanf(const char *str, const char *fmt, va_list ap0)
{
	const unsigned char *s = (const unsigned char *)str;
	const unsigned char *f = (const unsigned char *)fmt, *set = NULL;
	int n = 0, skip, width, len, conv;
	va_list ap;

	va_copy(ap, ap0);
	while (*f) {
		if (isspace(*f)) {
			while (isspace(*f))
				f++;
			while (isspace(*s))
				s++;
			continue;
		}
		if (*f != '%' || f[1] == '%') {
			if (*f == '%') {
				f++;
				while (isspace(*s))
					s++;
			}
			if (*s != *f)
				goto out;
			s++;
			f++;
			continue;
		}
		f++;
		skip = *f == '*' ? (f++, 1) : 0;
		for (width = 0; isdigit(*f); f++)
			width = width * 10 + (*f - '0');
		f = length(f, &len);
		if (!*f)
			break;		/* '%' at the end of the format */
		conv = *f++;
		if (conv == '[') {
			set = f;
			in_set(set, 0, &f);
		}
		if (conv == 'n') {
			if (!skip)
				store_int(&ap, len, (unsigned long long)
					  (s - (const unsigned char *)str));
			continue;
		}
		if (conv != 'c' && conv != '[')
			while (isspace(*s))
				s++;
		if (!*s)
			goto out;
		if (strchr("diouxXpfFeEgGaA", conv)) {
			if (!number(&s, conv, width, len, skip, &ap))
				break;
		} else if (conv == 's' || conv == 'c' || conv == '[') {
			if (!chars(&s, conv, width, set, skip, &ap))
				break;
		} else {
			break;		/* unknown conversion */
		}
		if (!skip)
			n++;
	}
	va_end(ap);
	return n;
out:
	va_end(ap);
	/* The input ended (or a literal did not match at its end). */
	return n || *s ? n : EOF;
}

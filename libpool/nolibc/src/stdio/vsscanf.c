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

/* One conversion specification, after its '%'. */
struct spec {
	int skip;		/* '*': convert, do not assign */
	int width;		/* 0: none */
	int len;		/* LEN_* */
	int conv;
	const unsigned char *set;	/* '[': after the bracket */
};

static const unsigned char *parse(const unsigned char *f, struct spec *sp)
{
	sp->set = NULL;
	sp->skip = *f == '*' ? (f++, 1) : 0;
	for (sp->width = 0; isdigit(*f); f++)
		sp->width = sp->width * 10 + (*f - '0');
	f = length(f, &sp->len);
	sp->conv = *f;
	if (!*f)
		return f;	/* '%' at the end of the format */
	if (*f++ == '[') {
		sp->set = f;
		in_set(sp->set, 0, &f);
	}
	return f;
}

/* Converts at *@s; returns 1, 0 on a matching failure, -1 at the end of
 * the input. */
static int convert(const unsigned char *str, const unsigned char **s,
		   const struct spec *sp, va_list *ap)
{
	if (sp->conv == 'n') {
		if (!sp->skip)
			store_int(ap, sp->len, (unsigned long long)(*s - str));
		return 1;
	}
	if (sp->conv != 'c' && sp->conv != '[')
		while (isspace(**s))
			(*s)++;
	if (!**s)
		return -1;
	if (strchr("diouxXpfFeEgGaA", sp->conv))
		return number(s, sp->conv, sp->width, sp->len, sp->skip, ap);
	if (sp->conv == 's' || sp->conv == 'c' || sp->conv == '[')
		return chars(s, sp->conv, sp->width, sp->set, sp->skip, ap) > 0;
	return 0;		/* unknown conversion */
}

int vsscanf(const char *str, const char *fmt, va_list ap0)
{
	const unsigned char *s = (const unsigned char *)str;
	const unsigned char *f = (const unsigned char *)fmt;
	struct spec sp;
	int n = 0, r = 1;
	va_list ap;

	va_copy(ap, ap0);
	while (*f && r > 0) {
		if (isspace(*f)) {
			while (isspace(*f))
				f++;
			while (isspace(*s))
				s++;
		} else if (*f != '%' || f[1] == '%') {
			if (*f == '%') {
				f++;
				while (isspace(*s))
					s++;
			}
			r = *s == *f ? 1 : *s ? 0 : -1;
			s += r > 0;
			f++;
		} else {
			f = parse(f + 1, &sp);
			if (!sp.conv)
				break;
			r = convert((const unsigned char *)str, &s, &sp, &ap);
			n += r > 0 && !sp.skip && sp.conv != 'n';
		}
	}
	va_end(ap);
	/* EOF only when the input ended before the first assignment. */
	return r < 0 && !n ? EOF : n;
}

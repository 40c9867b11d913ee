/* The scanf engine (C11 7.21.6.2), over any source of bytes (a string for
 * sscanf, a stream for fscanf): conversions d i u o x X p f F e E g G a A
 * s c [ n %, assignment suppression '*', field widths, length modifiers
 * hh h l ll j z t L. A number's field is read as far as it can still be a
 * number (one byte of look-ahead, pushed back: "1e" leaves the 'e' read,
 * as in glibc), then converted by strtoll, strtoull or strtod. Returns
 * the number of assignments, or EOF if the input ended before the first
 * conversion. */
#include "scan.h"
#include <stdlib.h>
#include <stdint.h>
#include <ctype.h>
#include <string.h>

enum { LEN_HH, LEN_H, LEN_NONE, LEN_L, LEN_LL, LEN_BIG_L };

/* A source, with the count of bytes consumed (for %n). */
struct in {
	struct _nolibc_scan_src *src;
	size_t count;
	int width;		/* bytes the current field may still take */
};

static int get(struct in *in)
{
	int c;

	if (!in->width)
		return EOF;
	c = in->src->get(in->src);
	if (c != EOF) {
		in->count++;
		in->width--;
	}
	return c;
}

static void unget(struct in *in, int c)
{
	if (c != EOF) {
		in->src->unget(in->src, c);
		in->count--;
		in->width++;
	}
}

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

/* Is @c a digit in @base? */
static int digit(int c, int base)
{
	if (base <= 10)
		return c >= '0' && c < '0' + base;
	return isxdigit(c);
}

/* Appends @c to @buf (room for 127 bytes) and reads the next byte. */
static int take(struct in *in, char *buf, int *n, int c)
{
	if (*n < 127)
		buf[(*n)++] = (char)c;
	return get(in);
}

/* Reads the longest prefix that can be an integer in @base (0: by its
 * prefix) into @buf; returns the base found. */
static int int_field(struct in *in, char *buf, int *n, int base)
{
	int c = get(in);

	if (c == '+' || c == '-')
		c = take(in, buf, n, c);
	if ((base == 0 || base == 16) && c == '0') {
		c = take(in, buf, n, c);
		if (c == 'x' || c == 'X') {
			c = take(in, buf, n, c);
			base = 16;
		} else if (!base) {
			base = 8;
		}
	}
	if (!base)
		base = 10;
	while (c != EOF && digit(c, base))
		c = take(in, buf, n, c);
	unget(in, c);
	return base;
}

/* The same for a decimal floating-point number, "inf", "infinity",
 * "nan". */
static void float_field(struct in *in, char *buf, int *n)
{
	static const char words[] = "infinity\0nan";
	int c = get(in), i, w, digits = 0;

	if (c == '+' || c == '-')
		c = take(in, buf, n, c);
	for (w = 0; w < 2; w++) {
		const char *word = words + (w ? 9 : 0);

		for (i = 0; word[i] && tolower(c) == word[i]; i++)
			c = take(in, buf, n, c);
		if (i) {
			unget(in, c);
			return;
		}
	}
	for (; isdigit(c); digits++)
		c = take(in, buf, n, c);
	if (c == '.')
		for (c = take(in, buf, n, c); isdigit(c); digits++)
			c = take(in, buf, n, c);
	if (digits && (c == 'e' || c == 'E')) {
		c = take(in, buf, n, c);
		if (c == '+' || c == '-')
			c = take(in, buf, n, c);
		while (isdigit(c))
			c = take(in, buf, n, c);
	}
	unget(in, c);
}

/* Converts one number field; 1, or 0 on a matching failure. */
static int number(struct in *in, int conv, int len, int skip, va_list *ap)
{
	char buf[128], *end;
	int n = 0, base;

	if (strchr("fFeEgGaA", conv)) {
		float_field(in, buf, &n);
		buf[n] = 0;
		double d = strtod(buf, &end);

		if (end == buf)
			return 0;
		if (!skip && len == LEN_NONE)
			*va_arg(*ap, float *) = (float)d;
		else if (!skip && len == LEN_BIG_L)
			*va_arg(*ap, long double *) = d;
		else if (!skip)
			*va_arg(*ap, double *) = d;
		return 1;
	}
	base = conv == 'd' || conv == 'u' ? 10 : conv == 'o' ? 8
	     : conv == 'i' ? 0 : 16;
	base = int_field(in, buf, &n, base);
	buf[n] = 0;
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
	return 1;
}

/* %s %c %[: copies matching bytes (unless @skip); 1 if any matched
 * (%c: all it asked for), else 0. */
static int chars(struct in *in, int conv, const unsigned char *set,
		 int skip, va_list *ap)
{
	char *out = skip ? NULL : va_arg(*ap, char *);
	const unsigned char *e;
	int n = 0, c;

	while ((c = get(in)) != EOF) {
		if ((conv == 's' && isspace(c)) ||
		    (conv == '[' && !in_set(set, c, &e))) {
			unget(in, c);
			break;
		}
		if (out)
			out[n] = (char)c;
		n++;
	}
	if (conv == 'c')
		return n && !in->width;
	if (out && n)
		out[n] = 0;
	return n > 0;
}

/* Skips white space; the next byte (not consumed) or EOF. */
static int skip_space(struct in *in)
{
	int c;

	while ((c = get(in)) != EOF && isspace(c))
		;
	unget(in, c);
	return c;
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

/* Converts at the source (white space already skipped where the
 * conversion skips it); returns 1, or 0 on a matching failure. */
static int convert(struct in *in, const struct spec *sp, va_list *ap)
{
	int r;

	if (sp->conv == 'n') {
		if (!sp->skip)
			store_int(ap, sp->len, in->count);
		return 1;
	}
	in->width = sp->width ? sp->width : sp->conv == 'c' ? 1 : -1;
	if (strchr("diouxXpfFeEgGaA", sp->conv))
		r = number(in, sp->conv, sp->len, sp->skip, ap);
	else if (sp->conv == 's' || sp->conv == 'c' || sp->conv == '[')
		r = chars(in, sp->conv, sp->set, sp->skip, ap);
	else
		r = 0;		/* unknown conversion */
	in->width = -1;
	return r;
}

int _nolibc_vscan(struct _nolibc_scan_src *src, const char *fmt, va_list ap0)
{
	const unsigned char *f = (const unsigned char *)fmt;
	struct in in = { .src = src, .width = -1 };
	struct spec sp;
	size_t start;
	int n = 0, r = 1, c;
	va_list ap;

	va_copy(ap, ap0);
	while (*f && r > 0) {
		if (isspace(*f)) {
			while (isspace(*f))
				f++;
			skip_space(&in);
		} else if (*f != '%' || f[1] == '%') {
			if (*f == '%') {
				f++;
				skip_space(&in);
			}
			c = get(&in);
			r = c == *f ? 1 : c == EOF ? -1 : 0;
			if (r <= 0)
				unget(&in, c);
			f++;
		} else {
			f = parse(f + 1, &sp);
			if (!sp.conv)
				break;
			c = strchr("nc[", sp.conv) ? 0 : skip_space(&in);
			if (c == EOF) {
				r = -1;
				break;
			}
			start = in.count;
			r = convert(&in, &sp, &ap);
			if (!r && in.count == start) {
				/* an input failure, not a mismatch, if the
				 * input ended before the field */
				c = get(&in);
				unget(&in, c);
				if (c == EOF)
					r = -1;
			}
			n += r > 0 && !sp.skip && sp.conv != 'n';
		}
	}
	va_end(ap);
	/* EOF only when the input ended before the first assignment. */
	return r < 0 && !n ? EOF : n;
}

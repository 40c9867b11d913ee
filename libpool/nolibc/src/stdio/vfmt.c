/* The printf engine: parses conversion specifications and formats integers,
 * characters and strings; doubles go to the sink's float formatter
 * (vfmt_float.c), if any. Kept compact because every image that prints
 * links it. */
#include "stdio_impl.h"
#include <stdint.h>
#include <string.h>

__attribute__((noinline))
void _nolibc_out(struct _nolibc_sink *s, const char *p, size_t n)
{
	s->count += n;
	if (n)
		s->write(s, p, n);
}

/* Not inlined: field() alone would hold four copies. */
__attribute__((noinline))
void _nolibc_pad(struct _nolibc_sink *s, char c, int n)
{
	char b[16];
	int k;

	for (k = 0; k < (int)sizeof(b); k++)
		b[k] = c;
	for (; n > 0; n -= k) {
		k = n < (int)sizeof(b) ? n : (int)sizeof(b);
		_nolibc_out(s, b, k);
	}
}

/* Emits one field: [spaces] prefix [zeros] body [spaces], width-aligned. */
static void field(struct _nolibc_sink *s, int flags, int width,
		  const char *pre, int plen, int zeros, const char *body,
		  int blen)
{
	int pad = width - plen - zeros - blen;

	if (!(flags & _NOLIBC_F_MINUS))
		_nolibc_pad(s, ' ', pad);
	_nolibc_out(s, pre, plen);
	_nolibc_pad(s, '0', zeros);
	_nolibc_out(s, body, blen);
	if (flags & _NOLIBC_F_MINUS)
		_nolibc_pad(s, ' ', pad);
}

/* Integer conversions: @conv is one of d u o x X p (i arrives as d). */
static void fmt_int(struct _nolibc_sink *s, uintmax_t u, int neg, int conv,
		    int flags, int width, int prec)
{
	const char *digs = conv == 'X' ? "0123456789ABCDEF" :
					 "0123456789abcdef";
	unsigned int base = conv == 'o' ? 8 : (conv | 32) == 'x' ? 16 : 10;
	char buf[24], pre[2], *d = buf + sizeof(buf);
	int plen = 0, ndig, zeros;

	for (; u; u /= base)
		*--d = digs[u % base];
	ndig = buf + sizeof(buf) - d;
	if (neg)
		pre[plen++] = '-';
	else if (conv == 'd' && (flags & _NOLIBC_F_PLUS))
		pre[plen++] = '+';
	else if (conv == 'd' && (flags & _NOLIBC_F_SPACE))
		pre[plen++] = ' ';
	if ((flags & _NOLIBC_F_ALT) && base == 16 && ndig) {
		pre[plen++] = '0';
		pre[plen++] = conv == 'X' ? 'X' : 'x';
	}
	if (prec < 0) {
		prec = 1;
		if ((flags & _NOLIBC_F_ZERO) && width - plen > prec)
			prec = width - plen;
	}
	/* '#' with o: the first digit must be a zero. */
	if (base == 8 && (flags & _NOLIBC_F_ALT) && prec <= ndig)
		prec = ndig + 1;
	zeros = prec > ndig ? prec - ndig : 0;
	field(s, flags, width, pre, plen, zeros, d, ndig);
}

/*
 * Arguments are read through a pointer to a copy of the va_list, in the
 * helpers below: each va_arg expands to a register-or-stack sequence,
 * and these are the only integer ones. On LP64 (x86_64, arm64) long,
 * long long, intmax_t, size_t, ptrdiff_t and pointers are all 8 bytes
 * and read alike; int, and the narrower types promoted to it, are 4. On
 * ILP32 (arm) long, size_t, ptrdiff_t and pointers are 4 bytes: read as
 * longs (the sizeof tests are constants: LP64 code has one read).
 */
_Static_assert(sizeof(long long) == 8 && sizeof(intmax_t) == 8 &&
	       sizeof(long) == sizeof(void *) &&
	       sizeof(long) == sizeof(__SIZE_TYPE__),
	       "vfmt reads long, size_t and pointers alike");

static int arg_i32(va_list *ap)
{
	return va_arg(*ap, int);
}

static uintmax_t arg_u64(va_list *ap)
{
	return va_arg(*ap, uintmax_t);
}

/* A long, size_t, ptrdiff_t or pointer argument. */
static uintmax_t arg_long(va_list *ap, int sgn)
{
	long v;

	if (sizeof(long) == sizeof(uintmax_t))
		return arg_u64(ap);
	v = va_arg(*ap, long);
	return sgn ? (uintmax_t)v : (unsigned long)v;
}

/* Reads one integer argument of length modifier @lm (0 H h l q z t),
 * sign-extended when @sgn, else zero-extended. */
static uintmax_t arg_int(va_list *ap, int lm, int sgn)
{
	int v;

	if (sizeof(long) != sizeof(uintmax_t) &&
	    (lm == 'l' || lm == 'z' || lm == 't'))
		return arg_long(ap, sgn);
	if (lm && lm != 'H' && lm != 'h')
		return arg_u64(ap);
	v = arg_i32(ap);
	if (lm == 'H')
		return sgn ? (uintmax_t)(signed char)v : (unsigned char)v;
	if (lm == 'h')
		return sgn ? (uintmax_t)(short)v : (unsigned short)v;
	return sgn ? (uintmax_t)v : (unsigned int)v;
}

/* Parses a decimal number or '*' (an int argument). */
static int num(const char **fmt, va_list *ap)
{
	const char *f = *fmt;
	int n = 0;

	if (*f == '*') {
		*fmt = f + 1;
		return arg_i32(ap);
	}
	for (; *f >= '0' && *f <= '9'; f++)
		n = n * 10 + (*f - '0');
	*fmt = f;
	return n;
}

/* The double conversions without a float formatter (kernel printing):
 * '?', the argument still read so that the following ones stay in step,
 * but not converted (a long double's conversion is soft-float code on
 * arm64: the formatter's business). */
static void no_float(struct _nolibc_sink *s, va_list *ap, int lm, int conv,
		     int flags, int width, int prec)
{
	(void)conv;
	(void)prec;
	if (lm == 'L')
		(void)va_arg(*ap, long double);
	else
		(void)va_arg(*ap, double);
	field(s, flags, width, 0, 0, 0, "?", 1);
}

int _nolibc_vfmt(struct _nolibc_sink *s, const char *fmt, va_list ap0)
{
	int flags, width, prec, lm, conv;
	va_list ap;
	const char *p, *str;
	uintmax_t u;
	int neg;
	char c;

	va_copy(ap, ap0);
	for (;;) {
		for (p = fmt; *p && *p != '%'; p++)
			;
		_nolibc_out(s, fmt, p - fmt);
		if (!*p)
			break;
		fmt = p + 1;
		for (flags = 0; (p = strchr("-+ #0", *fmt)) && *fmt; fmt++)
			flags |= 1 << (p - "-+ #0");
		width = num(&fmt, &ap);
		if (width < 0) {
			flags |= _NOLIBC_F_MINUS;
			width = -width;
		}
		if (flags & _NOLIBC_F_MINUS)
			flags &= ~_NOLIBC_F_ZERO;
		prec = -1;
		if (*fmt == '.') {
			fmt++;
			prec = num(&fmt, &ap);
			if (prec < 0)
				prec = -1;
		}
		/* Length: hh -> H, ll and j -> q, L kept for doubles. */
		lm = 0;
		if (*fmt && strchr("hlLqjzt", *fmt)) {
			lm = *fmt++;
			if ((lm == 'h' || lm == 'l') && *fmt == lm) {
				lm = lm == 'h' ? 'H' : 'q';
				fmt++;
			}
			if (lm == 'j')
				lm = sizeof(intmax_t) == sizeof(long) ? 'l' : 'q';
		}
		conv = *fmt++;
		switch (conv) {
		case 'd':
		case 'i':
			u = arg_int(&ap, lm, 1);
			neg = (intmax_t)u < 0;
			fmt_int(s, neg ? -u : u, neg, 'd', flags, width, prec);
			break;
		case 'u':
		case 'o':
		case 'x':
		case 'X':
			u = arg_int(&ap, lm, 0);
			fmt_int(s, u, 0, conv, flags, width, prec);
			break;
		case 'p':
			u = arg_long(&ap, 0);
			if (u)
				fmt_int(s, u, 0, 'x', flags | _NOLIBC_F_ALT,
					width, prec);
			else	/* glibc's spelling */
				field(s, flags, width, 0, 0, 0, "(nil)", 5);
			break;
		case 'c':
			c = arg_i32(&ap);
			field(s, flags, width, 0, 0, 0, &c, 1);
			break;
		case 's':
			str = (const char *)arg_long(&ap, 0);
			if (!str)
				str = "(null)";
			field(s, flags, width, 0, 0, 0, str,
			      prec < 0 ? strlen(str) : strnlen(str, prec));
			break;
		case 'f':
		case 'F':
		case 'e':
		case 'E':
		case 'g':
		case 'G':
			(s->flt ? s->flt : no_float)(s, &ap, lm, conv, flags,
						      width, prec);
			break;
		case '%':
			_nolibc_out(s, "%", 1);
			break;
		default:
			/* Unknown or truncated: print it as it stands. */
			_nolibc_out(s, "%", 1);
			if (!conv)
				goto out;
			_nolibc_out(s, fmt - 1, 1);
			break;
		}
	}
out:
	va_end(ap);
	return s->count;
}

/* %f %e %g for doubles, exact: the binary value m * 2^e is expanded into
 * all of its decimal digits with a small base-10^9 big number (m * 2^e, or
 * m * 5^-e scaled by 10^e when e < 0), then rounded half-to-even on those
 * digits: what glibc prints in the default rounding mode. */
#include "stdio_impl.h"
#include <stdint.h>

#define LIMB	1000000000u
/* m * 5^1074 < 10^767 needs 86 limbs; the digit buffer keeps one spare
 * byte in front for a carry out of rounding (9.99 -> 10.0). */
#define NLIMBS	88
#define NDIGITS	(9 * NLIMBS + 1)

struct dec {
	char *d;	/* digits, most significant first */
	int nd;		/* number of digits; those past nd are zeros */
	int dp;		/* value = 0.d[0]d[1]... * 10^dp */
};

static int mul(uint32_t *l, int n, uint32_t f)
{
	uint64_t c = 0;
	int i;

	for (i = 0; i < n; i++) {
		c += (uint64_t)l[i] * f;
		l[i] = c % LIMB;
		c /= LIMB;
	}
	for (; c; c /= LIMB)
		l[n++] = c % LIMB;
	return n;
}

/* Expands m * 2^e into @x, writing the digits after buf[0]. */
static void expand(struct dec *x, char *buf, uint64_t m, int e)
{
	uint32_t l[NLIMBS], v, f;
	int n = 0, i, k;
	char *p = buf + 1;

	for (; m; m /= LIMB)
		l[n++] = m % LIMB;
	for (k = e; k > 0; k -= 29)
		n = mul(l, n, (uint32_t)1 << (k < 29 ? k : 29));
	for (k = -e; k > 0; k -= 13) {
		for (f = 1, i = 0; i < k && i < 13; i++)
			f *= 5;
		n = mul(l, n, f);
	}
	x->d = p;
	if (!n) {
		*p++ = '0';
	} else {
		/* Top limb without leading zeros, the others 9 digits. */
		for (v = l[n - 1], k = 1; v >= 10; v /= 10)
			k++;
		for (v = l[n - 1], i = k - 1; i >= 0; i--, v /= 10)
			p[i] = '0' + v % 10;
		p += k;
		for (i = n - 2; i >= 0; i--, p += 9)
			for (v = l[i], k = 8; k >= 0; k--, v /= 10)
				p[k] = '0' + v % 10;
	}
	x->nd = p - x->d;
	x->dp = x->nd + (e < 0 && n ? e : 0);
}

/* Keeps the first @keep digits, rounding half to even. */
static void round_to(struct dec *x, int keep)
{
	int i, up;

	if (keep >= x->nd)
		return;
	if (keep < 0) {		/* below half a unit: rounds to zero */
		x->nd = 0;
		return;
	}
	up = x->d[keep] > '5';
	if (x->d[keep] == '5') {
		for (i = keep + 1; i < x->nd && x->d[i] == '0'; i++)
			;
		up = i < x->nd || (keep > 0 && (x->d[keep - 1] & 1));
	}
	x->nd = keep;
	if (!up)
		return;
	for (i = keep - 1; i >= 0 && x->d[i] == '9'; i--)
		x->d[i] = '0';
	if (i >= 0) {
		x->d[i]++;
	} else {
		*--x->d = '1';
		x->nd++;
		x->dp++;
	}
}

/* Emits @count digits from position @from, zeros outside the digits. */
static void digits(struct _nolibc_sink *s, const struct dec *x, int from,
		   int count)
{
	int z = from < 0 ? -from : 0, k;

	if (z > count)
		z = count;
	_nolibc_pad(s, '0', z);
	from += z;
	count -= z;
	k = x->nd - from;
	k = k < 0 ? 0 : k > count ? count : k;
	_nolibc_out(s, x->d + from, k);
	_nolibc_pad(s, '0', count - k);
}

/* Chooses f or e style and the digits; returns the fraction's start. */
static int layout(struct dec *x, int *conv, int *prec, int *strip, int alt)
{
	int xe;

	if (*conv == 'g') {
		if (!*prec)
			*prec = 1;
		round_to(x, *prec);
		xe = x->dp - 1;
		*strip = !alt;
		if (*prec > xe && xe >= -4) {
			*conv = 'f';
			*prec -= 1 + xe;
		} else {
			*conv = 'e';
			*prec -= 1;
		}
	}
	if (*conv == 'e') {
		round_to(x, *prec + 1);
		return 1;
	}
	round_to(x, x->dp + *prec);
	return x->dp;
}

static void vfmt_double(struct _nolibc_sink *s, double v, int conv,
			int flags, int width, int prec)
{
	union { double d; uint64_t u; } b = { v };
	int upper = !(conv & 32), bexp = (b.u >> 52) & 0x7ff;
	uint64_t m = b.u & (((uint64_t)1 << 52) - 1);
	char sign = b.u >> 63 ? '-' : (flags & _NOLIBC_F_PLUS) ? '+' :
		    (flags & _NOLIBC_F_SPACE) ? ' ' : 0;
	char buf[NDIGITS], ex[8];
	int elen = 0, ilen = 3, flen = 0, fstart = 0, point = 0, strip = 0;
	int xe, len;
	struct dec x;

	conv |= 32;
	if (bexp == 0x7ff) {
		/* inf and nan: no zero padding, no point. */
		flags &= ~_NOLIBC_F_ZERO;
		x.d = m ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
		x.nd = 3;
		x.dp = 3;
	} else {
		if (prec < 0)
			prec = 6;
		if (bexp)
			m |= (uint64_t)1 << 52;
		expand(&x, buf, m, (bexp ? bexp : 1) - 1075);
		fstart = layout(&x, &conv, &prec, &strip,
				flags & _NOLIBC_F_ALT);
		flen = prec;
		while (strip && flen > 0 && (fstart + flen > x.nd ||
		       fstart + flen <= 0 || x.d[fstart + flen - 1] == '0'))
			flen--;
		point = flen || (flags & _NOLIBC_F_ALT);
		ilen = conv == 'e' ? 1 : x.dp > 0 ? x.dp : 1;
		if (conv == 'e') {
			xe = x.nd ? x.dp - 1 : 0;
			ex[elen++] = upper ? 'E' : 'e';
			ex[elen++] = xe < 0 ? '-' : '+';
			xe = xe < 0 ? -xe : xe;
			if (xe >= 100)
				ex[elen++] = '0' + xe / 100;
			ex[elen++] = '0' + xe / 10 % 10;
			ex[elen++] = '0' + xe % 10;
		}
	}
	len = !!sign + ilen + point + flen + elen;
	if (!(flags & (_NOLIBC_F_MINUS | _NOLIBC_F_ZERO)))
		_nolibc_pad(s, ' ', width - len);
	_nolibc_out(s, &sign, !!sign);
	if (flags & _NOLIBC_F_ZERO)
		_nolibc_pad(s, '0', width - len);
	if (conv == 'f' && x.dp <= 0)
		_nolibc_out(s, "0", 1);
	else
		digits(s, &x, 0, ilen);
	_nolibc_out(s, ".", point);
	digits(s, &x, fstart, flen);
	_nolibc_out(s, ex, elen);
	if (flags & _NOLIBC_F_MINUS)
		_nolibc_pad(s, ' ', width - len);
}

void _nolibc_vfmt_float(struct _nolibc_sink *s, va_list *ap, int lm,
			int conv, int flags, int width, int prec)
{
	double v = lm == 'L' ? (double)va_arg(*ap, long double)
			     : va_arg(*ap, double);

	vfmt_double(s, v, conv, flags, width, prec);
}

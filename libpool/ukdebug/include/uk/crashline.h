/*
 * The line formatter of the architectures' crash reports
 * (arch/<arch>/crash_report.c): a fixed buffer, strings, hexadecimal and
 * decimal numbers, and the line written out through the platform's
 * console call; the register dumps' columns (uk_crashline_reg). Its own tiny formatter: printf may be what crashed.
 */
#ifndef UK_CRASHLINE_H
#define UK_CRASHLINE_H

#define UK_CRASH_PREFIX	"[crash] "

struct uk_crashline {
	char buf[160];
	unsigned int len;
};

static __attribute__((unused)) void uk_crashline_str(struct uk_crashline *l, const char *s)
{
	while (*s && l->len < sizeof(l->buf) - 1)
		l->buf[l->len++] = *s++;
}

/* "0x" and the digits; digits == 0: as few as needed. */
static __attribute__((unused)) void uk_crashline_hex(struct uk_crashline *l, unsigned long v,
						   int digits)
{
	char tmp[2 * sizeof(unsigned long)];
	int n = 0;

	do {
		tmp[n++] = "0123456789abcdef"[v & 0xf];
		v >>= 4;
	} while (v || n < digits);
	uk_crashline_str(l, "0x");
	while (n && l->len < sizeof(l->buf) - 1)
		l->buf[l->len++] = tmp[--n];
}

static __attribute__((unused)) void uk_crashline_dec(struct uk_crashline *l, unsigned long v)
{
	char tmp[20];
	int n = 0;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n && l->len < sizeof(l->buf) - 1)
		l->buf[l->len++] = tmp[--n];
}

/* The line and a newline, through @out (a console call); then empty. */
static __attribute__((unused)) void uk_crashline_end(struct uk_crashline *l,
						   int (*out)(const char *, unsigned int))
{
	l->buf[l->len++] = '\n';
	out(l->buf, l->len);
	l->len = 0;
}

/* Appends "NAME 0x<all hex digits of a long> " to @buf at *@pos (the
 * register dumps, ukarch_regs_dump: fixed-width columns; the caller's
 * buffer holds the line). */
static __attribute__((unused)) void uk_crashline_reg(char *buf,
						     unsigned int *pos,
						     const char *name,
						     unsigned long v)
{
	unsigned int p = *pos;
	int i;

	while (*name)
		buf[p++] = *name++;
	buf[p++] = ' ';
	buf[p++] = '0';
	buf[p++] = 'x';
	for (i = 8 * (int)sizeof(unsigned long) - 4; i >= 0; i -= 4)
		buf[p++] = "0123456789abcdef"[(v >> i) & 0xf];
	buf[p++] = ' ';
	*pos = p;
}

#endif /* UK_CRASHLINE_H */

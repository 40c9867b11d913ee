/*
 * ukplat_cmdline for code that wants the base contract's string: the
 * process's argv[1..] joined by spaces, each argument that needs it put in
 * quotes (double, or single if it holds a double quote), the way
 * ukargparse splits them again. An argument holding both kinds of quote
 * cannot be written so; its double quotes are dropped. Built on first use
 * in an anonymous mapping: most images never call this (ukboot prefers
 * ukplat_argv), and LTO then removes it.
 */
#include <uk/plat/cmdline.h>
#include "syscall.h"
#include "linuxu.h"

static char *cmdline;

static int needs_quotes(const char *a, char *q)
{
	int plain = *a != '\0', sq = 0, dq = 0;

	for (; *a; a++) {
		if (*a == ' ' || *a == '\t' || *a == '\n')
			plain = 0;
		sq |= *a == '\'';
		dq |= *a == '"';
	}
	*q = dq && !sq ? '\'' : '"';
	return !plain || sq || dq;
}

/* Appends argument a to p (NULL: only counts); returns the bytes used. */
static unsigned long put_arg(char *p, const char *a)
{
	unsigned long n = 0;
	char q;
	int quoted = needs_quotes(a, &q);

	if (quoted && p)
		p[n] = q;
	n += quoted;
	for (; *a; a++) {
		if (*a == q && quoted)
			continue;	/* both kinds of quote: lossy */
		if (p)
			p[n] = *a;
		n++;
	}
	if (quoted && p)
		p[n] = q;
	return n + quoted;
}

const char *ukplat_cmdline(void)
{
	unsigned long len = 1, n = 0;
	long m;
	int i;

	if (cmdline)
		return cmdline;
	for (i = 1; i < _linuxu_argc; i++)
		len += put_arg(0, _linuxu_argv[i]) + 1;
	m = _linuxu_sc6(__NR_mmap, 0, (long)len, 3 /* PROT_READ|WRITE */,
			0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
	if (m < 0 && m > -4096)
		return "";	/* no memory: as if there were no arguments */
	cmdline = (char *)m;
	for (i = 1; i < _linuxu_argc; i++) {
		if (n)
			cmdline[n++] = ' ';
		n += put_arg(cmdline + n, _linuxu_argv[i]);
	}
	cmdline[n] = '\0';
	return cmdline;
}

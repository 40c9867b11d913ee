/* diag.c: diagnostics on stderr, `uklink: error: FILE: message`.
 *
 * Errors are counted in the context so that a pass can report every
 * problem it finds before the driver stops (mold/lld style).
 */
#include "uk.h"

#include <stdarg.h>
#include <stdio.h>

static void vmsg(const char *kind, const char *file, const char *fmt,
		 va_list ap)
{
	fprintf(stderr, "uklink: %s: ", kind);
	if (file)
		fprintf(stderr, "%s: ", file);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void uk_error(struct uk_ctx *c, const char *file, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg("error", file, fmt, ap);
	va_end(ap);
	c->nerrors++;
}

void uk_warn(const char *file, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg("warning", file, fmt, ap);
	va_end(ap);
}

void uk_note(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg("note", NULL, fmt, ap);
	va_end(ap);
}

/* A usage error: reported like any error, but the driver exits 2. */
void uk_usage(struct uk_ctx *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg("error", NULL, fmt, ap);
	va_end(ap);
	c->nerrors++;
	c->usage_error = 1;
}

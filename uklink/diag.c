/* diag.c: diagnostics on stderr, `uklink: error: FILE: message`.
 *
 * Errors are counted (struct uk_diag) so that a pass can report every
 * problem it finds before the driver stops (mold/lld style).
 */
#include "diag.h"

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

void uk_error(struct uk_diag *d, const char *file, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg("error", file, fmt, ap);
	va_end(ap);
	d->nerrors++;
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
void uk_usage(struct uk_diag *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg("error", NULL, fmt, ap);
	va_end(ap);
	d->nerrors++;
	d->usage_error = 1;
}

/* diag.h: diagnostics on stderr, `uklink: error: FILE: message` (diag.c).
 * Errors are counted, so that a pass reports every problem it finds
 * before the driver stops; usage errors make uklink exit 2. */
#ifndef UKLINK_DIAG_H
#define UKLINK_DIAG_H

struct uk_diag {
	int nerrors;
	int usage_error;
};

void uk_error(struct uk_diag *d, const char *file, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void uk_warn(const char *file, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void uk_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void uk_usage(struct uk_diag *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif

/* Kernel printing: leveled messages "[level] lib: file:line: message" and
 * raw uk_printk(), straight to the platform console (no stdio buffer).
 *
 * The level threshold is the link-time option UKDEBUG_LOGLVL (0 none,
 * 1 crit, 2 err, 3 warn (default), 4 info, 5 debug), read through
 * UK_OPT so that LTO removes the calls of disabled levels entirely.
 * The library name comes from __LIBNAME__ (set by the pool build; "app"
 * for applications). Messages are truncated to 256 bytes. */
#ifndef __UK_PRINT_H__
#define __UK_PRINT_H__

#include <stdarg.h>
#include <uk/config.h>

#ifdef __cplusplus
extern "C" {
#endif

#define UK_PRINT_NONE	0
#define UK_PRINT_CRIT	1
#define UK_PRINT_ERR	2
#define UK_PRINT_WARN	3
#define UK_PRINT_INFO	4
#define UK_PRINT_DEBUG	5

#ifndef __LIBNAME__
#define __LIBNAME__ app
#endif
#define _UK_PRINT_STR(x) #x
#define UK_STRINGIFY(x) _UK_PRINT_STR(x)
#define UK_LIBNAME_STR UK_STRINGIFY(__LIBNAME__)
#ifdef __FILE_NAME__
#define UK_FILE_STR __FILE_NAME__	/* no build directories in output */
#else
#define UK_FILE_STR __FILE__
#endif

/* Prints "[level] lib: file:line: " and the formatted message, whatever
 * UKDEBUG_LOGLVL says (the uk_pr_* macros test it). Use the macros. */
void uk_printd(int lvl, const char *lib, const char *file, int line,
	       const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void uk_vprintd(int lvl, const char *lib, const char *file, int line,
		const char *fmt, va_list ap);

/* Prints a formatted message as is. */
void uk_printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void uk_vprintk(const char *fmt, va_list ap);

/* True when messages of @lvl are printed (folds to a constant). */
#define uk_print_enabled(lvl) (UK_OPT(UKDEBUG_LOGLVL) >= (lvl))

#define uk_pr_lvl(lvl, fmt, ...) do { \
	if (uk_print_enabled(lvl)) \
		uk_printd(lvl, UK_LIBNAME_STR, UK_FILE_STR, __LINE__, \
			  fmt, ##__VA_ARGS__); \
} while (0)

#define uk_pr_crit(fmt, ...)	uk_pr_lvl(UK_PRINT_CRIT, fmt, ##__VA_ARGS__)
#define uk_pr_err(fmt, ...)	uk_pr_lvl(UK_PRINT_ERR, fmt, ##__VA_ARGS__)
#define uk_pr_warn(fmt, ...)	uk_pr_lvl(UK_PRINT_WARN, fmt, ##__VA_ARGS__)
#define uk_pr_info(fmt, ...)	uk_pr_lvl(UK_PRINT_INFO, fmt, ##__VA_ARGS__)
#define uk_pr_debug(fmt, ...)	uk_pr_lvl(UK_PRINT_DEBUG, fmt, ##__VA_ARGS__)

#ifdef __cplusplus
}
#endif

#endif

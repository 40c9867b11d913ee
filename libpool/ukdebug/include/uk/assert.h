/* Assertions for programmer errors: a failure prints
 * "[crit] lib: file:line: assertion failed: EXPR" and crashes the
 * unikernel (status 127). The link-time option UKDEBUG_ASSERT (default y)
 * turns them all off at link time. */
#ifndef __UK_ASSERT_H__
#define __UK_ASSERT_H__

#include <uk/print.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Reports the failed assertion @expr and crashes. Use UK_ASSERT. */
void uk_assert_fail(const char *lib, const char *file, int line,
		    const char *expr) __attribute__((noreturn, cold));
/* Prints "[crit] lib: file:line: " and the message, then crashes. Use
 * UK_CRASH. */
void uk_crash(const char *lib, const char *file, int line,
	      const char *fmt, ...)
	__attribute__((noreturn, cold, format(printf, 4, 5)));

#define UK_ASSERT(x) do { \
	if (UK_OPT(UKDEBUG_ASSERT) && __builtin_expect(!(x), 0)) \
		uk_assert_fail(UK_LIBNAME_STR, UK_FILE_STR, __LINE__, #x); \
} while (0)

/* Crashes when @x is true. */
#define UK_BUGON(x) UK_ASSERT(!(x))

#define UK_CRASH(fmt, ...) \
	uk_crash(UK_LIBNAME_STR, UK_FILE_STR, __LINE__, fmt, ##__VA_ARGS__)

#ifdef __cplusplus
}
#endif

#endif

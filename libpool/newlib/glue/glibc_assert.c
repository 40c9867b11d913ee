/* glibc's assert() calls __assert_fail(expression, file, line, function);
 * newlib's __assert_func prints the same facts and aborts. */
#include <assert.h>

void __assert_fail(const char *expr, const char *file, unsigned int line,
		   const char *func) __attribute__((noreturn));

void __assert_fail(const char *expr, const char *file, unsigned int line,
		   const char *func)
{
	__assert_func(file, (int)line, func, expr);
}

/* glibc's MB_CUR_MAX is __ctype_get_mb_cur_max(), newlib's
 * __locale_mb_cur_max(): the longest multibyte character of the current
 * locale. */
#include <stdlib.h>

size_t __ctype_get_mb_cur_max(void);

size_t __ctype_get_mb_cur_max(void)
{
	return MB_CUR_MAX;
}

#include <stdlib.h>
#include "locale_impl.h"

/* MB_CUR_MAX: 4 in C.UTF-8, 1 in C (glibc's name for it). */
size_t __ctype_get_mb_cur_max(void)
{
	return _nolibc_utf8 ? 4 : 1;
}

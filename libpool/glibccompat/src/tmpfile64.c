#include "compat.h"

FILE *tmpfile64(void)
{
	return _glibccompat_tmpfile();
}

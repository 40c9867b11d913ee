#include "compat.h"

int mkstemp64(char *tmpl)
{
	return _glibccompat_mkstemp(tmpl);
}

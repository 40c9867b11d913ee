#include "stdio_impl.h"

void _nolibc_ofl_add(FILE *f)
{
	FILE *g;

	for (g = _nolibc_ofl; g; g = g->next)
		if (g == f)
			return;
	f->next = _nolibc_ofl;
	_nolibc_ofl = f;
}

void _nolibc_ofl_del(FILE *f)
{
	FILE **p;

	for (p = &_nolibc_ofl; *p; p = &(*p)->next)
		if (*p == f) {
			*p = f->next;
			break;
		}
}

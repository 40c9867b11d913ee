/* ar.h: the members of an ar archive (GNU/SysV format, BSD long names),
 * read in memory (ar.c). */
#ifndef UKLINK_AR_H
#define UKLINK_AR_H

#include <stddef.h>

enum { AR_ETRUNC = 1, AR_ECORRUPT, AR_ENAME };
typedef void ar_member_fn(void *arg, const char *name, const char *data,
			  size_t size);
/* Call cb(arg, name, data, size) for every member of the archive d,
 * skipping the symbol and long-name tables. Returns 0, or an error
 * (AR_ETRUNC, AR_ECORRUPT, AR_ENAME) with *where the offset of the bad
 * header. */
int ar_each(const char *d, size_t len, ar_member_fn *cb, void *arg,
	    size_t *where);

#endif

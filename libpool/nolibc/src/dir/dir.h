/* nolibc's directory streams (private). */
#ifndef _NOLIBC_DIR_H
#define _NOLIBC_DIR_H

#include <dirent.h>

struct _nolibc_dir {
	int fd;
	long pos;		/* entries read: telldir's value */
	struct dirent ent;	/* what readdir returns */
};

#endif

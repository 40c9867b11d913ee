/* nolibc's directory streams (private): vfscore's stream and the
 * struct dirent readdir returns. */
#ifndef _NOLIBC_DIR_H
#define _NOLIBC_DIR_H

#include <dirent.h>
#include <uk/vfs.h>

struct _nolibc_dir {
	struct vfscore_dir v;
	struct dirent ent;
};

#endif

/* sendfile (Linux): a copy between two fds inside the libc. */
#ifndef _SYS_SENDFILE_H
#define _SYS_SENDFILE_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

ssize_t sendfile(int out, int in, off_t *off, size_t count);

#ifdef __cplusplus
}
#endif

#endif

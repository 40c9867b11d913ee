/* glibc's stdin, stdout and stderr are variables; newlib's headers reach
 * the same streams through _REENT (macros). newlib is configured with
 * global stdio streams (configure-build.sh), so they are __sf[0..2], and
 * their FILE begins as glibc's (patches/0002-stdio-glibc-file-prefix.patch):
 * objects compiled against glibc's headers use them directly. Assigning to
 * these variables does not redirect newlib's own printf (freopen does). */
#include <stdio.h>

#undef stdin
#undef stdout
#undef stderr
FILE *stdin = &__sf[0];
FILE *stdout = &__sf[1];
FILE *stderr = &__sf[2];

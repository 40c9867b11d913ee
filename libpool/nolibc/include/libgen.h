/* basename and dirname. basename here is glibc's symbol (what glibc-
 * compiled programs call): the part after the last '/', "" after a
 * trailing one, @path unchanged; POSIX's differs only for trailing
 * slashes. dirname is POSIX's. */
#ifndef _LIBGEN_H
#define _LIBGEN_H

#ifdef __cplusplus
extern "C" {
#endif

char *basename(const char *path);
char *dirname(char *path);

#ifdef __cplusplus
}
#endif

#endif

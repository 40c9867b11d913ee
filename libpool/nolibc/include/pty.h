/* Pseudo-terminals: none (there is no other program): ENOSYS. */
#ifndef _PTY_H
#define _PTY_H

#include <termios.h>

#ifdef __cplusplus
extern "C" {
#endif

int openpty(int *master, int *slave, char *name, const struct termios *t,
	    const void *winsize);

#ifdef __cplusplus
}
#endif

#endif

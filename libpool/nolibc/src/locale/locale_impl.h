/* nolibc's locale state (private): "C" (bytes are characters) or
 * "C.UTF-8" (multibyte characters are UTF-8); only LC_CTYPE changes
 * behaviour. */
#ifndef _NOLIBC_LOCALE_IMPL_H
#define _NOLIBC_LOCALE_IMPL_H

/* Non-zero when LC_CTYPE is C.UTF-8 (lstate.c). */
extern int _nolibc_utf8;

#endif

/* bcread.h: an LLVM bitstream reader for what uklink needs from a bitcode
 * module without starting a tool (bcread.c). Malformed input stops the
 * reader; whatever was read is kept. */
#ifndef UKLINK_BCREAD_H
#define UKLINK_BCREAD_H

#include <stddef.h>

#include "names.h"

/* The names the module defines (locals too), its C strings. */
int bc_names(const unsigned char *d, size_t len, uk_name_fn *cb, void *arg);
/* The module's target triple (malloc'd), or NULL if none/not bitcode. */
char *bc_triple(const unsigned char *d, size_t len);
/* Whether the module's type table has a floating-point type (or the
 * module cannot be read). */
int bc_uses_fp(const unsigned char *d, size_t len);
/* 1 if the module declares or defines a thread_local global. */
int bc_has_tls(const unsigned char *d, size_t len);

#endif

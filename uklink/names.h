/* names.h: the callback through which the bitcode reader (bcread.c) and
 * the ELF reader (elfimage.c) report the names an object defines. */
#ifndef UKLINK_NAMES_H
#define UKLINK_NAMES_H

#include <stdint.h>

/* kinds of names reported by bc_names()/elf_names() */
enum uk_name_kind { UK_BCN_GLOBAL, UK_BCN_LOCAL, UK_BCN_STRING, UK_BCN_SECTION };
/* size: an allocated section's size (UK_BCN_SECTION), else 0 */
typedef void uk_name_fn(void *arg, const char *name, int kind, uint64_t size);

#endif

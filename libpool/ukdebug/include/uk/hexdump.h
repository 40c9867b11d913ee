/* Hex dumps in the classic layout, 16 bytes a line:
 * "00000010  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 02 03  |Hello world.....|"
 * Offsets count from the start of the data. */
#ifndef __UK_HEXDUMP_H__
#define __UK_HEXDUMP_H__

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Prints the @len bytes at @addr to the console when messages of level
 * @lvl (UK_PRINT_*) are enabled. */
void uk_hexdumpk(int lvl, const void *addr, size_t len);

/* Writes the dump of @len bytes at @data into @buf (at most @size bytes
 * including a NUL, which is always written when @size > 0). Returns the
 * length of the whole dump, like snprintf. */
int uk_hexdumpsn(char *buf, size_t size, const void *data, size_t len);

#ifdef __cplusplus
}
#endif

#endif

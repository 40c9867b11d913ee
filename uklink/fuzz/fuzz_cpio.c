/* fuzz_cpio.c: the initrd's cpio "newc" reader (libpool/ukcpio), built
 * for the host: every entry it hands out is read end to end. */
#include "fuzz.h"

#include <string.h>
#include <uk/cpio.h>

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	struct ukcpio_reader r;
	struct ukcpio_entry e;
	size_t sum = 0;
	ukcpio_init(&r, d, n);
	while (ukcpio_next(&r, &e) == 1) {
		sum += strlen(e.name) + e.namelen + e.perm + e.type;
		for (size_t i = 0; i < e.size; i++)
			sum += ((const unsigned char *)e.data)[i];
	}
	if (r.err)
		sum += strlen(ukcpio_strerror(r.err));
	return (int)(sum & 0);
}

/* fuzz_elf.c: the ELF readers (elfimage.c): the names of an object, and
 * the sections and symbols of an image (the report's reader). */
#include "fuzz.h"
#include "../elfimage.h"

#include <string.h>

static void name(void *arg, const char *nm, int kind, uint64_t size)
{
	*(size_t *)arg += strlen(nm) + (size_t)kind + (size_t)size;
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	size_t sum = 0;
	elf_names(d, n, name, &sum);
	uint64_t end;
	if (elf_load_end(d, n, &end) == 0)
		sum += (size_t)end;
	struct uk_image im;
	if (image_read(&im, fuzz_file(d, n)) == 0) {
		for (int i = 0; i < im.nsyms; i++)
			sum += strlen(im.syms[i].name);
		for (int i = 0; i < im.nsecs; i++)
			sum += strlen(im.secs[i].name);
		image_free(&im);
	}
	return 0;
}

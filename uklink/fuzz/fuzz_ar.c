/* fuzz_ar.c: the ar archive reader (ar.c), members touched end to end. */
#include "fuzz.h"
#include "../ar.h"

static void member(void *arg, const char *name, const char *data, size_t size)
{
	unsigned *sum = arg;
	for (const char *p = name; *p; p++)
		*sum += (unsigned char)*p;
	for (size_t i = 0; i < size; i++)
		*sum += (unsigned char)data[i];
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	unsigned sum = 0;
	size_t where = 0;
	ar_each((const char *)d, n, member, &sum, &where);
	return 0;
}

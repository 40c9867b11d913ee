/* fuzz_bitcode.c: the LLVM bitcode reader (bcread.c): names, triple,
 * floating-point use, TLS. */
#include "fuzz.h"
#include "../bcread.h"

#include <stdlib.h>
#include <string.h>

static void name(void *arg, const char *nm, int kind, uint64_t size)
{
	*(size_t *)arg += strlen(nm) + (size_t)kind + (size_t)size;
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	size_t sum = 0;
	bc_names(d, n, name, &sum);
	free(bc_triple(d, n));
	bc_uses_fp(d, n);
	bc_has_tls(d, n);
	return 0;
}

/* fuzz_index.c: the pool index reader (index.c, target.c's records), on
 * a fresh link context each time. */
#include "fuzz.h"
#include "../uk.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	struct uk_ctx *c = xcalloc(1, sizeof(*c));
	c->pool.index_path = xstrdup(fuzz_file(d, n));
	c->pool.target_dir = xstrdup("/nonexistent");
	read_index(c);
	free(c->pool.index_path);
	free(c->pool.target_dir);
	free(c); /* what read_index allocated leaks: -detect_leaks=0 */
	return 0;
}

/* read_index fills a link context that uklink frees at exit, not piece by
 * piece: its allocations are not leaks. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "detect_leaks=0";
}

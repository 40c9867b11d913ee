/* fuzz_report.c: `uklink size-diff` reading two reports (sizediff.c: the
 * TSV and JSON report readers, the table it prints). */
#include "fuzz.h"
#include "../uk.h"
#include "../sizediff.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	struct uk_sdopts o;
	memset(&o, 0, sizeof(o));
	o.check = 1;
	o.tol_pct = 1;
	o.tol_bytes = 64;
	const char *f = fuzz_file(d, n);
	strv_push(&o.inputs, f);
	strv_push(&o.inputs, f);
	size_diff(&o);
	strv_free(&o.inputs);
	return 0;
}

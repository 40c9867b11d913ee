/* fuzz_json.c: the JSON reader (json.c), then a walk of what it built. */
#include "fuzz.h"
#include "../json.h"

#include <string.h>

static size_t walk(const struct jv *v, int depth)
{
	size_t s = v->s ? strlen(v->s) : 0;
	for (int i = 0; i < v->nkids && depth < 64; i++) {
		if (v->type == JV_OBJECT)
			s += strlen(v->keys[i]);
		s += walk(v->kids[i], depth + 1);
	}
	return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	struct jv *v = json_parse((const char *)d, n);
	if (v) {
		walk(v, 0);
		json_s(v, "name");
		json_n(v, "size");
		json_get(v, "totals");
		json_free(v);
	}
	return 0;
}

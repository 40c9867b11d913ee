/* input_archive.c: the members of an application's ar archive become
 * candidate app members, pulled only when they define a needed symbol
 * (as lld does). */
#include "ar.h"
#include "bcread.h"
#include "uk.h"

#include <stdlib.h>
#include <string.h>

struct app_ar {
	struct uk_ctx *c;
	int input;
};

static void app_member(void *arg, const char *name, const char *data,
		       size_t size)
{
	struct app_ar *a = arg;
	struct uk_ctx *c = a->c;
	struct uk_input *in = &c->inputs[a->input];
	char *disp = xasprintf("%s(%s)", in->path, name);
	int bc = size >= 4 && (!memcmp(data, "BC\xc0\xde", 4) ||
			       !memcmp(data, "\xde\xc0\x17\x0b", 4));
	int elf = size >= 4 && !memcmp(data, "\x7f" "ELF", 4);
	if (bc || elf) {
		int m = add_member(c, -1, name, disp, NULL, UK_M_APPMEMBER);
		c->members[m].input = a->input;
		c->members[m].bitcode = bc;
		c->members[m].data = data;
		c->members[m].size = size;
		if (bc) {
			check_bitcode_triple(c, disp, data, size);
			c->members[m].tls = bc_has_tls(
				(const unsigned char *)data, size);
		}
		if (elf) {
			/* copy: ELF structures need alignment */
			unsigned char *copy = xmalloc(size);
			memcpy(copy, data, size);
			elf_read_symbols(c, m, disp, copy, size);
			free(copy);
		}
	}
	free(disp);
}

int archive_members(struct uk_ctx *c, int input)
{
	struct uk_input *in = &c->inputs[input];
	struct app_ar a = { c, input };
	size_t where = 0;
	in->first_member = c->nmembers;
	int e = ar_each(in->data, in->len, app_member, &a, &where);
	if (e == AR_ETRUNC)
		uk_error(&c->dg, in->path, "truncated archive member header");
	else if (e == AR_ECORRUPT)
		uk_error(&c->dg, in->path, "corrupt or truncated archive at offset %zu",
			 where);
	else if (e == AR_ENAME)
		uk_error(&c->dg, in->path, "corrupt archive member name at offset %zu",
			 where);
	in->last_member = c->nmembers;
	return e ? -1 : 0;
}

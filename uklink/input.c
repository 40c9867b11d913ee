/* input.c: read the application's inputs (objects, bitcode, archives) and
 * turn each object into a member with its definitions and references. */
#include "bcread.h"
#include "uk.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static enum uk_ftype classify(const char *d, size_t len)
{
	if (len >= 4 && !memcmp(d, "\x7f" "ELF", 4))
		return UK_F_ELF;
	if (len >= 4 && (!memcmp(d, "BC\xc0\xde", 4) ||
			 !memcmp(d, "\xde\xc0\x17\x0b", 4)))
		return UK_F_BITCODE;
	if (len >= 8 && !memcmp(d, "!<arch>\n", 8))
		return UK_F_ARCHIVE;
	return UK_F_OTHER;
}

/* Whether two LLVM triples name the same architecture (their first part). */
static int same_arch(const char *t1, const char *t2)
{
	size_t n = strcspn(t1, "-");
	return n == strcspn(t2, "-") && !strncmp(t1, t2, n);
}

/* Bitcode for another architecture is an error (ld.lld would only warn and
 * then fail in codegen); the same architecture with another OS/ABI, e.g.
 * plain `clang -flto` on the host, links as the pool's triple. */
void check_bitcode_triple(struct uk_ctx *c, const char *file,
			  const char *d, size_t len)
{
	char *t = bc_triple((const unsigned char *)d, len);
	if (!t)
		return;
	if (!same_arch(t, c->t.triple))
		uk_error(&c->dg, file, "bitcode is for %s, not for %s; compile it "
			 "for the target architecture", t, c->o.arch);
	else if (c->t.triple && strcmp(t, c->t.triple) && !c->foreign_triple) {
		c->foreign_triple = t;
		c->foreign_triple_file = xstrdup(file);
		return;
	}
	free(t);
}

static void load_one(struct uk_ctx *c, int i)
{
	struct uk_input *in = &c->inputs[i];
	int e = read_whole(in->path, &in->data, &in->len);
	if (e < 0) {
		uk_error(&c->dg, in->path, "%s",
			 e == -ENOENT ? "no such file" : strerror(-e));
		return;
	}
	in->type = classify(in->data, in->len);
	in->first_member = in->last_member = c->nmembers;
	if (in->type == UK_F_ARCHIVE) {
		archive_members(c, i);
		return;
	}
	if (in->type == UK_F_OTHER) {
		if (in->len >= 8 && !memcmp(in->data, "!<thin>\n", 8))
			uk_error(&c->dg, in->path, "thin archives are not supported; "
				 "make a regular one with `llvm-ar-19 rc`");
		else
			uk_error(&c->dg, in->path, "not an ELF object, LLVM bitcode "
				 "or ar archive");
		return;
	}
	int m = add_member(c, -1, in->path, in->path, in->path, UK_M_APPOBJ);
	c->members[m].input = i;
	c->members[m].bitcode = in->type == UK_F_BITCODE;
	in->last_member = c->nmembers;
	if (in->type == UK_F_ELF)
		elf_read_symbols(c, m, in->path, (const unsigned char *)in->data,
				 in->len);
	else {
		check_bitcode_triple(c, in->path, in->data, in->len);
		c->members[m].tls = bc_has_tls((const unsigned char *)in->data,
					       in->len);
	}
}

int load_inputs(struct uk_ctx *c)
{
	int nerr = c->dg.nerrors;
	c->ninputs = c->o.inputs.n;
	c->inputs = xcalloc((size_t)c->ninputs, sizeof(*c->inputs));
	for (int i = 0; i < c->ninputs; i++) {
		c->inputs[i].path = xstrdup(c->o.inputs.v[i]);
		load_one(c, i);
	}
	bitcode_read_symbols(c);
	tls_roots(c);
	return c->dg.nerrors > nerr ? -1 : 0;
}

/* input_bitcode.c: symbols of LLVM bitcode inputs, read by one `llvm-nm-19 -P -A`
 * run over every bitcode object and every archive with bitcode members. */
#include "proc.h"
#include "uk.h"

#include <stdlib.h>
#include <string.h>

struct nm_target {
	char *prefix; /* "path" or "path[member]" as llvm-nm prints it */
	int member;
};

static unsigned nm_flags(char t)
{
	switch (t) {
	case 'U': return 0;
	case 'w': case 'v': return UK_REF_WEAK;
	case 'W': case 'V': return UK_REF_DEF | UK_REF_WEAK;
	case 'T': return UK_REF_DEF | UK_REF_FUNC;
	case 'C': return UK_REF_DEF | UK_REF_COMMON;
	default:
		if (t >= 'A' && t <= 'Z')
			return UK_REF_DEF;
		return ~0u; /* local or unknown: not a global reference */
	}
}

/* One line "PREFIX: name type [value size]". */
static void nm_line(struct uk_ctx *c, char *line, struct nm_target *t, int nt,
		    int *cur)
{
	int k = *cur;
	size_t pl = 0;
	for (; k < nt; k++) {
		pl = strlen(t[k].prefix);
		if (!strncmp(line, t[k].prefix, pl) && line[pl] == ':' &&
		    line[pl + 1] == ' ')
			break;
	}
	if (k == nt)
		return;
	*cur = k;
	char *name = line + pl + 2;
	char *sp = strchr(name, ' ');
	if (!sp || !sp[1])
		return;
	*sp = 0;
	char type = sp[1];
	optdecl_from_symbol(c, t[k].member, name);
	unsigned fl = nm_flags(type);
	if (fl != ~0u)
		add_ref(c, t[k].member, name, fl);
}

static void nm_errors(struct uk_ctx *c, char *err)
{
	for (char *line = err; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		char *e = strstr(line, "error: ");
		if (e)
			uk_error(&c->dg, NULL, "%s (not valid LLVM %d bitcode?)", e + 7,
				 UK_LLVM_MAJOR);
		line = nl ? nl + 1 : NULL;
	}
}

int bitcode_read_symbols(struct uk_ctx *c)
{
	const char *nm = getenv("UKLINK_NM");
	struct uk_strv argv = { 0 };
	strv_push(&argv, nm && *nm ? nm : "llvm-nm-19");
	strv_push(&argv, "-P");
	strv_push(&argv, "-A");
	struct nm_target *t = NULL;
	int nt = 0, capt = 0;
	for (int i = 0; i < c->ninputs; i++) {
		struct uk_input *in = &c->inputs[i];
		int any = 0;
		for (int m = in->first_member; m < in->last_member; m++) {
			if (!c->members[m].bitcode)
				continue;
			struct nm_target *x = VPUSH(t, nt, capt);
			x->member = m;
			x->prefix = in->type == UK_F_ARCHIVE
				? xasprintf("%s[%s]", in->path, c->members[m].name)
				: xstrdup(in->path);
			any = 1;
		}
		if (any)
			strv_push(&argv, in->path);
	}
	int rc = 0;
	if (nt) {
		char *out = NULL, *err = NULL;
		int st = run_capture2(argv.v, &out, &err);
		if (st < 0) {
			uk_error(&c->dg, NULL, "cannot run %s; install llvm-%d",
				 argv.v[0], UK_LLVM_MAJOR);
			rc = -1;
		} else {
			int cur = 0;
			for (char *line = out; line && *line;) {
				char *nl = strchr(line, '\n');
				if (nl)
					*nl = 0;
				nm_line(c, line, t, nt, &cur);
				line = nl ? nl + 1 : NULL;
			}
			if (st != 0) {
				nm_errors(c, err);
				rc = -1;
			}
		}
		free(out);
		free(err);
	}
	for (int i = 0; i < nt; i++)
		free(t[i].prefix);
	free(t);
	strv_free(&argv);
	return rc;
}

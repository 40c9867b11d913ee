/* fpuse.c: the `fp` default of bool options (docs/uklink.md, "Link-time
 * options"): y when the application's objects use floating point, else n.
 * nolibc's NOLIBC_PRINTF_FLOAT has it, so that an application that never
 * holds a double links printf without the float formatter, and one that
 * does gets it without asking.
 *
 * "Uses floating point" is decided conservatively (a false yes costs
 * bytes, a false no would print '?' for a double):
 *   - native objects: llvm-objdump's disassembly names an x87 instruction
 *     (mnemonic f...) or an %xmm/%ymm/%zmm/%st/%mm register: a double
 *     reaches printf in %xmm registers (a long double through the x87);
 *   - LLVM bitcode objects: llvm-dis's text names a floating-point type
 *     (half bfloat float double x86_fp80 fp128 ppc_fp128);
 *   - bitcode archive members (llvm-dis reads no archives), or a tool
 *     that cannot be run: yes.
 * Only the application's objects are looked at: pool libraries do not
 * pass doubles to printf (their own float code, such as nolibc's, is
 * what the option selects). */
#include "uk.h"

#include <stdlib.h>
#include <string.h>

/* x87 mnemonics all start with 'f'; vector and x87 registers by name. */
static int asm_line_fp(const char *line)
{
	const char *m = line;
	while (*m == ' ')
		m++;
	/* "  HEXADDR: <TAB>mnemonic<TAB>operands"; the rest (headers,
	 * labels, "FILE:<TAB>file format") is not code */
	const char *a = m;
	while ((*m >= '0' && *m <= '9') || (*m >= 'a' && *m <= 'f'))
		m++;
	if (m == a || *m != ':')
		return 0;
	for (m++; *m == '\t' || *m == ' '; m++)
		;
	if (*m == 'f')
		return 1;
	return strstr(m, "%xmm") || strstr(m, "%ymm") || strstr(m, "%zmm") ||
	       strstr(m, "%st") || strstr(m, "%mm");
}

static int is_ident(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	       (ch >= '0' && ch <= '9') || ch == '_' || ch == '.' || ch == '$';
}

/* A floating-point type as a token of LLVM IR text (not part of a name:
 * names start with @ or %, which is not a delimiter here). */
static int ir_has_fp(const char *ir)
{
	static const char *const types[] = { "half", "bfloat", "float",
		"double", "x86_fp80", "fp128", "ppc_fp128", NULL };
	for (int i = 0; types[i]; i++) {
		size_t n = strlen(types[i]);
		for (const char *p = ir; (p = strstr(p, types[i])); p += n) {
			char before = p == ir ? ' ' : p[-1];
			if (strchr(" \t\n(<[{,", before) && !is_ident(p[n]))
				return 1;
		}
	}
	return 0;
}

/* Runs argv and returns whether its output shows floating point; a tool
 * that fails counts as yes. */
static int tool_says_fp(char **argv, int bitcode)
{
	char *out = NULL, *err = NULL;
	int st = run_capture2(argv, &out, &err);
	int fp = 1;
	if (st == 0 && out) {
		if (bitcode) {
			fp = ir_has_fp(out);
		} else {
			fp = 0;
			for (char *l = out; l && *l && !fp;) {
				char *nl = strchr(l, '\n');
				if (nl)
					*nl = 0;
				fp = asm_line_fp(l);
				l = nl ? nl + 1 : NULL;
			}
		}
	}
	free(out);
	free(err);
	return fp;
}

static const char *tool(const char *env, const char *def)
{
	const char *t = getenv(env);
	return t && *t ? t : def;
}

/* Whether any linked application object uses floating point. */
static int app_uses_fp(struct uk_ctx *c)
{
	for (int i = 0; i < c->ninputs; i++) {
		struct uk_input *in = &c->inputs[i];
		int bc = 0, elf = 0;
		for (int m = in->first_member; m < in->last_member; m++) {
			if (!c->members[m].selected)
				continue;
			bc |= c->members[m].bitcode;
			elf |= !c->members[m].bitcode;
		}
		if (bc && in->type != UK_F_BITCODE)
			return 1;	/* bitcode inside an archive */
		char *dis[] = { (char *)tool("UKLINK_DIS", "llvm-dis-19"),
				(char *)"-o", (char *)"-", in->path, NULL };
		char *objdump[] = { (char *)tool("UKLINK_OBJDUMP",
						 "llvm-objdump-19"),
				    (char *)"-d", (char *)"--no-show-raw-insn",
				    in->path, NULL };
		if (bc && tool_says_fp(dis, 1))
			return 1;
		if (elf && tool_says_fp(objdump, 0))
			return 1;
	}
	return 0;
}

int decide_fp_options(struct uk_ctx *c)
{
	int fp = -1;
	for (int i = 0; i < c->noptdefs; i++) {
		struct uk_optdef *o = &c->optdefs[i];
		if (o->value || strcmp(o->type, "bool") || strcmp(o->def, "fp"))
			continue;
		if (o->lib >= 0 ? !c->libs[o->lib].selected
				: !c->members[o->member].selected)
			continue;
		if (fp < 0)
			fp = app_uses_fp(c);
		o->value = xstrdup(fp ? "1" : "0");
		if (c->o.verbose)
			fprintf(stderr, "uklink: %s=%s: the application %s "
				"floating point\n", o->name, fp ? "y" : "n",
				fp ? "uses" : "does not use");
	}
	return 0;
}

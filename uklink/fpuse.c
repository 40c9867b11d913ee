/* fpuse.c: the `fp` default of bool options (docs/uklink.md, "Link-time
 * options"): y when the application's objects use floating point, else n.
 * nolibc's NOLIBC_PRINTF_FLOAT and newlib's NEWLIB_STDIO_FLOAT have it, so
 * that an application that never holds a double links printf without the
 * float formatter, and one that does gets it without asking.
 *
 * "Uses floating point" is decided conservatively (a false yes costs
 * bytes, a false no would print '?' for a double), from the bytes uklink
 * already holds, with no tool started:
 *   - LLVM bitcode (objects and archive members): the module's type table
 *     lists a floating-point type (bc_uses_fp, bcread.c);
 *   - native objects: the target's fp decoder (fact fp_decoder,
 *     fpdecode.h) finds an instruction other than general-purpose
 *     integer ones in an executable section (on x86-64 a double reaches
 *     printf in %xmm registers, a long double through the x87); without
 *     a decoder for the target, yes;
 *   - anything unreadable: yes.
 * Only the application's objects are looked at: pool libraries do not
 * pass doubles to printf (their own float code, such as nolibc's, is
 * what the option selects). */
#include "bcread.h"
#include "fpdecode.h"
#include "uk.h"

#include <string.h>

/* Whether any linked application object uses floating point. */
static int app_uses_fp(struct uk_ctx *c)
{
	const struct fp_decoder *dec =
		fp_decoder_find(target_fact(&c->t, "fp_decoder"));
	for (int m = 0; m < c->nmembers; m++) {
		const struct uk_member *mb = &c->members[m];
		const unsigned char *d;
		size_t len;
		if (!mb->selected)
			continue;
		if (mb->kind == UK_M_APPMEMBER && mb->data) {
			d = (const unsigned char *)mb->data;
			len = mb->size;
		} else if (mb->kind == UK_M_APPOBJ && mb->input >= 0) {
			d = (const unsigned char *)c->inputs[mb->input].data;
			len = c->inputs[mb->input].len;
		} else {
			continue;
		}
		if (!d || (mb->bitcode ? bc_uses_fp(d, len)
				       : elf_uses_fp(dec, d, len)))
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

/* fpdecode.h: whether a native object's code may use floating point, for
 * the `fp` default of bool options (fpuse.c). The decoder is chosen by
 * name from the target's `fp_decoder` fact (docs/architecture.md,
 * "Target facts"); fpdecode.c holds the table and the ELF walk, one file
 * per instruction set holds a decoder. */
#ifndef UKLINK_FPDECODE_H
#define UKLINK_FPDECODE_H

#include <stddef.h>

/* Whether code[0..n) may hold anything but integer instructions; a
 * decoder answers yes whenever it is unsure. */
typedef int fp_code_fn(const unsigned char *code, size_t n);

struct fp_decoder {
	const char *name;  /* the `fp_decoder` fact's value */
	int elf_machine;   /* the e_machine it decodes */
	fp_code_fn *code_uses_fp;
	/* for the report's byte attribution (imgbytes.c): the bytes that pad
	 * code between functions, and whether code reaches data through a
	 * 32-bit displacement that ends its instruction (x86-64's
	 * RIP-relative operands) */
	const char *fill;
	size_t nfill;
	int pcrel32;
};

/* The decoder named `name`, or NULL (no decoder: every native object
 * counts as using floating point, the conservative answer). */
const struct fp_decoder *fp_decoder_find(const char *name);
/* Whether the native ELF object d may use floating point: 1 without a
 * decoder, for another machine, or when unreadable. */
int elf_uses_fp(const struct fp_decoder *dec, const unsigned char *d,
		size_t len);

/* fpdecode_x86_64.c */
int x86_64_code_uses_fp(const unsigned char *code, size_t n);

#endif

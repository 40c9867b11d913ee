/* fpdecode.c: the fp decoders by name, and the walk over a native ELF
 * object's executable sections that asks one (fpdecode.h). A linear
 * sweep per section, like objdump's: the decoder answers for the bytes of
 * one section at a time. */
#include "fpdecode.h"

#include <elf.h>
#include <string.h>

static const struct fp_decoder decoders[] = {
	/* int3 and nop pad x86 code */
	{ "x86-64", EM_X86_64, x86_64_code_uses_fp, "\xcc\x90", 2, 1 },
};

const struct fp_decoder *fp_decoder_find(const char *name)
{
	for (size_t i = 0; name && i < sizeof(decoders) / sizeof(decoders[0]);
	     i++)
		if (!strcmp(decoders[i].name, name))
			return &decoders[i];
	return NULL;
}

/* Headers are copied out: an archive member is only 2-byte aligned. */
int elf_uses_fp(const struct fp_decoder *dec, const unsigned char *d,
		size_t len)
{
	Elf64_Ehdr eh;
	if (!dec || len < sizeof(eh) || memcmp(d, ELFMAG, SELFMAG) ||
	    d[EI_CLASS] != ELFCLASS64 || d[EI_DATA] != ELFDATA2LSB)
		return 1;
	memcpy(&eh, d, sizeof(eh));
	if (eh.e_machine != dec->elf_machine ||
	    eh.e_shentsize != sizeof(Elf64_Shdr) || eh.e_shoff > len ||
	    eh.e_shnum > (len - eh.e_shoff) / sizeof(Elf64_Shdr))
		return 1;
	for (size_t i = 0; i < eh.e_shnum; i++) {
		Elf64_Shdr sh;
		memcpy(&sh, d + eh.e_shoff + i * sizeof(sh), sizeof(sh));
		if (sh.sh_type != SHT_PROGBITS || !(sh.sh_flags & SHF_EXECINSTR))
			continue;
		if (sh.sh_offset > len || sh.sh_size > len - sh.sh_offset)
			return 1;
		if (dec->code_uses_fp(d + sh.sh_offset, sh.sh_size))
			return 1;
	}
	return 0;
}

/* elfclass.h: ELF files of either class (32- or 64-bit, little-endian)
 * through the 64-bit structures: the headers of a file are read into
 * Elf64_* copies (widened from a 32-bit file's), changed there, and
 * written back in the file's own class; symbols are read one at a time,
 * widened. Every offset is checked against the file size
 * (elfclass.c). */
#ifndef UKLINK_ELFCLASS_H
#define UKLINK_ELFCLASS_H

#include <elf.h>
#include <stddef.h>

struct uk_elf {
	const unsigned char *d;
	size_t len;
	int is32;             /* ELFCLASS32 */
	Elf64_Ehdr eh;        /* widened copies, in file order */
	Elf64_Shdr *sh;
	size_t nsec;
	Elf64_Phdr *ph;
	size_t nph;
};

/* Parses the headers of the little-endian ELF file d (kept, not copied):
 * NULL, or why it cannot (e->sh and e->ph then NULL). Sections whose
 * contents lie outside the file are refused. */
const char *elf_parse(struct uk_elf *e, const unsigned char *d, size_t len);
void elf_release(struct uk_elf *e);
/* Bytes of one symbol, section header, program header in this class. */
size_t elf_symsize(const struct uk_elf *e);
/* Symbol k of the SHT_SYMTAB section st (checked: k < st->sh_size /
 * elf_symsize(e) and the table in the file), widened. */
Elf64_Sym elf_sym(const struct uk_elf *e, const Elf64_Shdr *st, size_t k);
/* A symbol-table section usable by elf_sym: entry size of the class,
 * table and strings inside the file, link valid. */
int elf_symtab_ok(const struct uk_elf *e, const Elf64_Shdr *st);
/* Writes e->eh, e->ph and e->sh (at eh's offsets, which must lie in
 * out's len bytes) into out in the file's class. */
void elf_write_headers(const struct uk_elf *e, unsigned char *out, size_t len);

#endif

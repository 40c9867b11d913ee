/* input_elf.c: read the symbols of a native ELF relocatable object, checking
 * every offset against the file size first (inputs may be truncated or
 * corrupt; we never trust a header field). */
#include "uk.h"

#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* For messages only. */
static const char *machine_name(int m)
{
	switch (m) {
	case EM_X86_64: return "x86_64";
	case EM_386: return "i386";
	case EM_AARCH64: return "arm64";
	case EM_ARM: return "arm";
	case EM_RISCV: return "riscv";
	case EM_PPC64: return "ppc64";
	case EM_S390: return "s390";
	default: return NULL;
	}
}

/* The target's e_machine (fact elf_machine), or -1 if it has none. */
static int target_machine(const struct uk_ctx *c)
{
	const char *m = target_fact(&c->t, "elf_machine");
	return m ? atoi(m) : -1;
}

/* offset + size within len, without overflow */
static int in_bounds(uint64_t off, uint64_t size, size_t len)
{
	return off <= len && size <= len - off;
}

static int check_header(struct uk_ctx *c, const char *file,
			const unsigned char *d, size_t len)
{
	if (len < EI_NIDENT + 4) {
		uk_error(&c->dg, file, "truncated ELF header (%zu bytes)", len);
		return -1;
	}
	int machine = d[18] | d[19] << 8;
	if (d[EI_DATA] == ELFDATA2MSB)
		machine = d[19] | d[18] << 8;
	const char *mname = machine_name(machine);
	int want = target_machine(c);
	if (d[EI_CLASS] != ELFCLASS64 || d[EI_DATA] != ELFDATA2LSB ||
	    (want >= 0 && machine != want)) {
		char buf[32];
		snprintf(buf, sizeof(buf), "e_machine %d", machine);
		uk_error(&c->dg, file,
			 "object is for %s (%d-bit), not for %s; compile it "
			 "for the target architecture",
			 mname ? mname : buf, d[EI_CLASS] == ELFCLASS32 ? 32 : 64,
			 c->o.arch);
		return -1;
	}
	if (len < sizeof(Elf64_Ehdr)) {
		uk_error(&c->dg, file, "truncated ELF header (%zu bytes)", len);
		return -1;
	}
	const Elf64_Ehdr *eh = (const void *)d;
	if (eh->e_type != ET_REL) {
		uk_error(&c->dg, file,
			 "not a relocatable object (ELF type %d); pass objects "
			 "from `cc -c`, not linked images",
			 eh->e_type);
		return -1;
	}
	return 0;
}

/* Validate the section table and return it (and its size). */
static const Elf64_Shdr *sections(struct uk_ctx *c, const char *file,
				  const unsigned char *d, size_t len,
				  size_t *nsec)
{
	const Elf64_Ehdr *eh = (const void *)d;
	if (!eh->e_shoff) {
		*nsec = 0;
		return NULL;
	}
	if (eh->e_shentsize != sizeof(Elf64_Shdr) ||
	    !in_bounds(eh->e_shoff, sizeof(Elf64_Shdr), len)) {
		uk_error(&c->dg, file, "corrupt or truncated section header table");
		return NULL;
	}
	const Elf64_Shdr *sh = (const void *)(d + eh->e_shoff);
	uint64_t n = eh->e_shnum ? eh->e_shnum : sh[0].sh_size;
	if (eh->e_shoff % 8 || n > len / sizeof(Elf64_Shdr) ||
	    !in_bounds(eh->e_shoff, n * sizeof(Elf64_Shdr), len)) {
		uk_error(&c->dg, file, "corrupt or truncated section header table "
			 "(%llu sections at offset %llu, file has %zu bytes)",
			 (unsigned long long)n,
			 (unsigned long long)eh->e_shoff, len);
		return NULL;
	}
	*nsec = n;
	return sh;
}

static unsigned sym_flags(const Elf64_Sym *s)
{
	unsigned fl = 0;
	if (s->st_shndx != SHN_UNDEF)
		fl |= UK_REF_DEF;
	if (ELF64_ST_BIND(s->st_info) == STB_WEAK)
		fl |= UK_REF_WEAK;
	if (ELF64_ST_TYPE(s->st_info) == STT_FUNC)
		fl |= UK_REF_FUNC;
	if (s->st_shndx == SHN_COMMON)
		fl |= UK_REF_COMMON;
	return fl;
}

static int read_symtab(struct uk_ctx *c, int member, const char *file,
		       const unsigned char *d, size_t len,
		       const Elf64_Shdr *sh, size_t nsec, size_t i)
{
	const Elf64_Shdr *st = &sh[i];
	if (st->sh_entsize != sizeof(Elf64_Sym) ||
	    !in_bounds(st->sh_offset, st->sh_size, len) ||
	    st->sh_offset % 8 || st->sh_link >= nsec ||
	    sh[st->sh_link].sh_type != SHT_STRTAB ||
	    !in_bounds(sh[st->sh_link].sh_offset, sh[st->sh_link].sh_size,
		       len)) {
		uk_error(&c->dg, file, "corrupt or truncated symbol table");
		return -1;
	}
	const char *str = (const char *)d + sh[st->sh_link].sh_offset;
	size_t strsz = sh[st->sh_link].sh_size;
	const Elf64_Sym *sy = (const void *)(d + st->sh_offset);
	size_t n = st->sh_size / sizeof(Elf64_Sym);
	for (size_t k = 1; k < n; k++) {
		const Elf64_Sym *s = &sy[k];
		int bind = ELF64_ST_BIND(s->st_info);
		int type = ELF64_ST_TYPE(s->st_info);
		if (type == STT_SECTION || type == STT_FILE)
			continue;
		if (s->st_name >= strsz ||
		    !memchr(str + s->st_name, 0, strsz - s->st_name) ||
		    (s->st_shndx >= nsec && s->st_shndx < SHN_LORESERVE)) {
			uk_error(&c->dg, file, "corrupt symbol %zu in the symbol table",
				 k);
			return -1;
		}
		const char *name = str + s->st_name;
		if (type == STT_TLS && member >= 0)
			c->members[member].tls = 1;
		if (!*name)
			continue;
		if (member >= 0)
			optdecl_from_symbol(c, member, name);
		if (bind == STB_LOCAL || member < 0)
			continue;
		add_ref(c, member, name, sym_flags(s));
	}
	return 0;
}

/* member < 0: only validate. */
int elf_read_symbols(struct uk_ctx *c, int member, const char *file,
		     const unsigned char *d, size_t len)
{
	if (check_header(c, file, d, len) < 0)
		return -1;
	size_t nsec = 0;
	const Elf64_Shdr *sh = sections(c, file, d, len, &nsec);
	if (!sh)
		return nsec ? 0 : (((const Elf64_Ehdr *)d)->e_shoff ? -1 : 0);
	for (size_t i = 0; i < nsec; i++) {
		if (sh[i].sh_type == SHT_SYMTAB &&
		    read_symtab(c, member, file, d, len, sh, nsec, i) < 0)
			return -1;
		if ((sh[i].sh_flags & SHF_TLS) && member >= 0)
			c->members[member].tls = 1;
		if (sh[i].sh_type != SHT_NOBITS && sh[i].sh_type != SHT_NULL &&
		    !in_bounds(sh[i].sh_offset, sh[i].sh_size, len)) {
			uk_error(&c->dg, file, "section %zu lies outside the file "
				 "(truncated?)", i);
			return -1;
		}
	}
	return 0;
}

/* input_elf.c: read the symbols of a native ELF relocatable object, checking
 * every offset against the file size first (inputs may be truncated or
 * corrupt; we never trust a header field). */
#include "elfclass.h"
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
	/* 32-bit objects only for a 32-bit target (its elf_machine says
	 * which): a 64-bit target would misread their pointers. */
	int cls_ok = d[EI_CLASS] == ELFCLASS64 ||
		     (d[EI_CLASS] == ELFCLASS32 && want >= 0);
	if (!cls_ok || d[EI_DATA] != ELFDATA2LSB ||
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
	return 0;
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
		       const struct uk_elf *e, const Elf64_Shdr *st)
{
	if (!elf_symtab_ok(e, st)) {
		uk_error(&c->dg, file, "corrupt or truncated symbol table");
		return -1;
	}
	const char *str = (const char *)e->d + e->sh[st->sh_link].sh_offset;
	size_t strsz = e->sh[st->sh_link].sh_size;
	size_t n = st->sh_size / elf_symsize(e);
	for (size_t k = 1; k < n; k++) {
		Elf64_Sym y = elf_sym(e, st, k);
		const Elf64_Sym *s = &y;
		int bind = ELF64_ST_BIND(s->st_info);
		int type = ELF64_ST_TYPE(s->st_info);
		if (type == STT_SECTION || type == STT_FILE)
			continue;
		if (s->st_name >= strsz ||
		    !memchr(str + s->st_name, 0, strsz - s->st_name) ||
		    (s->st_shndx >= e->nsec && s->st_shndx < SHN_LORESERVE)) {
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
	struct uk_elf e;
	const char *why = elf_parse(&e, d, len);
	if (e.eh.e_type && e.eh.e_type != ET_REL) {
		uk_error(&c->dg, file,
			 "not a relocatable object (ELF type %d); pass objects "
			 "from `cc -c`, not linked images",
			 e.eh.e_type);
		elf_release(&e);
		return -1;
	}
	if (why && !strcmp(why, "corrupt section header table")) {
		uk_error(&c->dg, file, "corrupt or truncated section header table "
			 "(%u sections at offset %llu, file has %zu bytes)",
			 e.eh.e_shnum, (unsigned long long)e.eh.e_shoff, len);
		return -1;
	}
	if (why) {
		uk_error(&c->dg, file, "%s (truncated?)", why);
		return -1;
	}
	int rc = 0;
	for (size_t i = 0; !rc && i < e.nsec; i++) {
		if (e.sh[i].sh_type == SHT_SYMTAB &&
		    read_symtab(c, member, file, &e, &e.sh[i]) < 0)
			rc = -1;
		if ((e.sh[i].sh_flags & SHF_TLS) && member >= 0)
			c->members[member].tls = 1;
	}
	elf_release(&e);
	return rc;
}

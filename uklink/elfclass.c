/* elfclass.c: ELF files of either class through the 64-bit structures
 * (elfclass.h). A 32-bit file's fields are widened on read and narrowed
 * on write; a 64-bit file's are copied. */
#include "elfclass.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static int in_bounds(uint64_t off, uint64_t size, size_t len)
{
	return off <= len && size <= len - off;
}

static void widen_ehdr(const Elf32_Ehdr *s, Elf64_Ehdr *d)
{
	memcpy(d->e_ident, s->e_ident, EI_NIDENT);
	d->e_type = s->e_type;
	d->e_machine = s->e_machine;
	d->e_version = s->e_version;
	d->e_entry = s->e_entry;
	d->e_phoff = s->e_phoff;
	d->e_shoff = s->e_shoff;
	d->e_flags = s->e_flags;
	d->e_ehsize = s->e_ehsize;
	d->e_phentsize = s->e_phentsize;
	d->e_phnum = s->e_phnum;
	d->e_shentsize = s->e_shentsize;
	d->e_shnum = s->e_shnum;
	d->e_shstrndx = s->e_shstrndx;
}

static void widen_shdr(const Elf32_Shdr *s, Elf64_Shdr *d)
{
	d->sh_name = s->sh_name;
	d->sh_type = s->sh_type;
	d->sh_flags = s->sh_flags;
	d->sh_addr = s->sh_addr;
	d->sh_offset = s->sh_offset;
	d->sh_size = s->sh_size;
	d->sh_link = s->sh_link;
	d->sh_info = s->sh_info;
	d->sh_addralign = s->sh_addralign;
	d->sh_entsize = s->sh_entsize;
}

static void widen_phdr(const Elf32_Phdr *s, Elf64_Phdr *d)
{
	d->p_type = s->p_type;
	d->p_flags = s->p_flags;
	d->p_offset = s->p_offset;
	d->p_vaddr = s->p_vaddr;
	d->p_paddr = s->p_paddr;
	d->p_filesz = s->p_filesz;
	d->p_memsz = s->p_memsz;
	d->p_align = s->p_align;
}

const char *elf_parse(struct uk_elf *e, const unsigned char *d, size_t len)
{
	memset(e, 0, sizeof(*e));
	e->d = d;
	e->len = len;
	if (len < EI_NIDENT || memcmp(d, ELFMAG, SELFMAG) ||
	    d[EI_DATA] != ELFDATA2LSB ||
	    (d[EI_CLASS] != ELFCLASS64 && d[EI_CLASS] != ELFCLASS32))
		return "not a little-endian ELF file";
	e->is32 = d[EI_CLASS] == ELFCLASS32;
	size_t ehs = e->is32 ? sizeof(Elf32_Ehdr) : sizeof(Elf64_Ehdr);
	size_t shs = e->is32 ? sizeof(Elf32_Shdr) : sizeof(Elf64_Shdr);
	size_t phs = e->is32 ? sizeof(Elf32_Phdr) : sizeof(Elf64_Phdr);
	unsigned align = e->is32 ? 4 : 8;
	if (len < ehs)
		return "truncated ELF header";
	if (e->is32) {
		Elf32_Ehdr h;
		memcpy(&h, d, sizeof(h));
		widen_ehdr(&h, &e->eh);
	} else {
		memcpy(&e->eh, d, sizeof(e->eh));
	}
	const Elf64_Ehdr *h = &e->eh;
	if (h->e_shoff && (h->e_shentsize != shs || h->e_shoff % align ||
			   !in_bounds(h->e_shoff, (uint64_t)h->e_shnum * shs, len) ||
			   (h->e_shnum && h->e_shstrndx >= h->e_shnum)))
		return "corrupt section header table";
	if (h->e_phnum && (h->e_phentsize != phs || h->e_phoff % align ||
			   !in_bounds(h->e_phoff, (uint64_t)h->e_phnum * phs, len)))
		return "corrupt program header table";
	e->nsec = h->e_shoff ? h->e_shnum : 0;
	e->nph = h->e_phnum;
	e->sh = xcalloc(e->nsec + 1, sizeof(*e->sh));
	e->ph = xcalloc(e->nph + 1, sizeof(*e->ph));
	for (size_t i = 0; i < e->nsec; i++) {
		const unsigned char *p = d + h->e_shoff + i * shs;
		if (e->is32) {
			Elf32_Shdr s;
			memcpy(&s, p, sizeof(s));
			widen_shdr(&s, &e->sh[i]);
		} else {
			memcpy(&e->sh[i], p, sizeof(e->sh[i]));
		}
		/* Section 0's fields may hold the extended section count
		 * and string-table index, not a place in the file. */
		if (e->sh[i].sh_type != SHT_NOBITS && i != 0 &&
		    !in_bounds(e->sh[i].sh_offset, e->sh[i].sh_size, len)) {
			elf_release(e);
			return "section outside the file";
		}
	}
	for (size_t i = 0; i < e->nph; i++) {
		const unsigned char *p = d + h->e_phoff + i * phs;
		if (e->is32) {
			Elf32_Phdr s;
			memcpy(&s, p, sizeof(s));
			widen_phdr(&s, &e->ph[i]);
		} else {
			memcpy(&e->ph[i], p, sizeof(e->ph[i]));
		}
	}
	return NULL;
}

void elf_release(struct uk_elf *e)
{
	free(e->sh);
	free(e->ph);
	e->sh = NULL;
	e->ph = NULL;
}

size_t elf_symsize(const struct uk_elf *e)
{
	return e->is32 ? sizeof(Elf32_Sym) : sizeof(Elf64_Sym);
}

int elf_symtab_ok(const struct uk_elf *e, const Elf64_Shdr *st)
{
	return st->sh_entsize == elf_symsize(e) &&
	       in_bounds(st->sh_offset, st->sh_size, e->len) &&
	       st->sh_link < e->nsec &&
	       e->sh[st->sh_link].sh_type == SHT_STRTAB &&
	       in_bounds(e->sh[st->sh_link].sh_offset,
			 e->sh[st->sh_link].sh_size, e->len);
}

Elf64_Sym elf_sym(const struct uk_elf *e, const Elf64_Shdr *st, size_t k)
{
	Elf64_Sym y;
	const unsigned char *p = e->d + st->sh_offset + k * elf_symsize(e);
	if (e->is32) {
		Elf32_Sym s;
		memcpy(&s, p, sizeof(s));
		y.st_name = s.st_name;
		y.st_info = s.st_info;
		y.st_other = s.st_other;
		y.st_shndx = s.st_shndx;
		y.st_value = s.st_value;
		y.st_size = s.st_size;
	} else {
		memcpy(&y, p, sizeof(y));
	}
	return y;
}

void elf_write_headers(const struct uk_elf *e, unsigned char *out, size_t len)
{
	const Elf64_Ehdr *h = &e->eh;
	if (!e->is32) {
		memcpy(out, h, sizeof(*h));
		for (size_t i = 0; i < e->nph && h->e_phoff + (i + 1) * sizeof(Elf64_Phdr) <= len; i++)
			memcpy(out + h->e_phoff + i * sizeof(Elf64_Phdr), &e->ph[i], sizeof(Elf64_Phdr));
		for (size_t i = 0; i < e->nsec && h->e_shoff + (i + 1) * sizeof(Elf64_Shdr) <= len; i++)
			memcpy(out + h->e_shoff + i * sizeof(Elf64_Shdr), &e->sh[i], sizeof(Elf64_Shdr));
		return;
	}
	Elf32_Ehdr n;
	memcpy(&n, out, sizeof(n));
	n.e_phoff = (Elf32_Off)h->e_phoff;
	n.e_shoff = (Elf32_Off)h->e_shoff;
	memcpy(out, &n, sizeof(n));
	for (size_t i = 0; i < e->nph && h->e_phoff + (i + 1) * sizeof(Elf32_Phdr) <= len; i++) {
		const Elf64_Phdr *s = &e->ph[i];
		Elf32_Phdr p = {
			.p_type = s->p_type, .p_offset = (Elf32_Off)s->p_offset,
			.p_vaddr = (Elf32_Addr)s->p_vaddr,
			.p_paddr = (Elf32_Addr)s->p_paddr,
			.p_filesz = (Elf32_Word)s->p_filesz,
			.p_memsz = (Elf32_Word)s->p_memsz, .p_flags = s->p_flags,
			.p_align = (Elf32_Word)s->p_align,
		};
		memcpy(out + h->e_phoff + i * sizeof(p), &p, sizeof(p));
	}
	for (size_t i = 0; i < e->nsec && h->e_shoff + (i + 1) * sizeof(Elf32_Shdr) <= len; i++) {
		const Elf64_Shdr *s = &e->sh[i];
		Elf32_Shdr x = {
			.sh_name = s->sh_name, .sh_type = s->sh_type,
			.sh_flags = (Elf32_Word)s->sh_flags,
			.sh_addr = (Elf32_Addr)s->sh_addr,
			.sh_offset = (Elf32_Off)s->sh_offset,
			.sh_size = (Elf32_Word)s->sh_size, .sh_link = s->sh_link,
			.sh_info = s->sh_info,
			.sh_addralign = (Elf32_Word)s->sh_addralign,
			.sh_entsize = (Elf32_Word)s->sh_entsize,
		};
		memcpy(out + h->e_shoff + i * sizeof(x), &x, sizeof(x));
	}
}

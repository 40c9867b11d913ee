/* elfimage.c: read a linked image's allocated sections and its symbol
 * table (for --report, --why), and the names a native ELF member defines
 * (locals included), its C strings and its allocated sections. Every
 * offset is checked against the file size. */
#include "elfclass.h"
#include "elfimage.h"
#include "util.h"

#include <elf.h>
#include <stdlib.h>
#include <string.h>

struct elfv {
	struct uk_elf e;
	const unsigned char *d;
	const Elf64_Shdr *sh;
	size_t nsec;
	const char *shstr;
	size_t shstrsz;
};

/* Section i's bytes in the file; none for section 0 and SHT_NOBITS,
 * whose offset and size say nothing about the file (elf_parse checks only
 * the others). */
static const char *sec_bytes(const struct elfv *v, size_t i, size_t *size)
{
	if (i == 0 || v->sh[i].sh_type == SHT_NOBITS) {
		*size = 0;
		return (const char *)v->d;
	}
	*size = v->sh[i].sh_size;
	return (const char *)v->d + v->sh[i].sh_offset;
}

static int elf_view(struct elfv *v, const unsigned char *d, size_t len)
{
	memset(v, 0, sizeof(*v));
	if (elf_parse(&v->e, d, len) || !v->e.nsec) {
		elf_release(&v->e);
		return -1;
	}
	v->d = d;
	v->sh = v->e.sh;
	v->nsec = v->e.nsec;
	v->shstr = sec_bytes(v, v->e.eh.e_shstrndx, &v->shstrsz);
	return 0;
}

static const char *str_at(const char *tab, size_t size, uint32_t off)
{
	if (off >= size || !memchr(tab + off, 0, size - off))
		return NULL;
	return tab + off;
}

/* The symbol table section and its strings; NULL if there is none. */
static const Elf64_Shdr *symtab(const struct elfv *v, size_t *n,
				const char **str, size_t *strsz)
{
	for (size_t i = 0; i < v->nsec; i++) {
		const Elf64_Shdr *st = &v->sh[i];
		if (st->sh_type != SHT_SYMTAB)
			continue;
		if (!elf_symtab_ok(&v->e, st))
			return NULL;
		*n = st->sh_size / elf_symsize(&v->e);
		*str = (const char *)v->d + v->sh[st->sh_link].sh_offset;
		*strsz = v->sh[st->sh_link].sh_size;
		return st;
	}
	return NULL;
}

void image_free(struct uk_image *im)
{
	for (int i = 0; i < im->nsecs; i++)
		free(im->secs[i].name);
	for (int i = 0; i < im->nsyms; i++)
		free(im->syms[i].name);
	free(im->secs);
	free(im->syms);
	free(im->data);
	memset(im, 0, sizeof(*im));
}

/* Returns 0, or -1 if path is not a readable ELF image. */
int image_read(struct uk_image *im, const char *path)
{
	memset(im, 0, sizeof(*im));
	if (read_whole(path, &im->data, &im->len) < 0)
		return -1;
	struct elfv v;
	if (elf_view(&v, (const unsigned char *)im->data, im->len) < 0) {
		image_free(im);
		return -1;
	}
	int *secmap = xcalloc(v.nsec + 1, sizeof(int));
	for (size_t i = 1; i < v.nsec; i++) {
		const Elf64_Shdr *s = &v.sh[i];
		const char *nm = str_at(v.shstr, v.shstrsz, s->sh_name);
		secmap[i] = -1;
		if (!(s->sh_flags & SHF_ALLOC) || !nm)
			continue;
		struct uk_isec *x = VPUSH(im->secs, im->nsecs, im->capsecs);
		x->name = xstrdup(nm);
		x->addr = s->sh_addr;
		x->size = s->sh_size;
		x->off = s->sh_offset;
		x->flags = s->sh_flags;
		x->type = s->sh_type;
		secmap[i] = im->nsecs - 1;
	}
	size_t n = 0, strsz = 0;
	const char *str = NULL;
	const Elf64_Shdr *st = symtab(&v, &n, &str, &strsz);
	for (size_t k = 1; st && k < n; k++) {
		Elf64_Sym s = elf_sym(&v.e, st, k);
		int type = ELF64_ST_TYPE(s.st_info);
		const char *nm = str_at(str, strsz, s.st_name);
		if (type == STT_FILE || type == STT_SECTION || !nm || !*nm ||
		    s.st_shndx == SHN_UNDEF)
			continue;
		int sec = s.st_shndx < v.nsec ? secmap[s.st_shndx] : -1;
		if (s.st_shndx < v.nsec && sec < 0)
			continue; /* in a non-allocated section */
		struct uk_isym *y = VPUSH(im->syms, im->nsyms, im->capsyms);
		memset(y, 0, sizeof(*y));
		y->name = xstrdup(nm);
		y->addr = s.st_value;
		y->size = s.st_size;
		y->sec = sec;
		y->bind = ELF64_ST_BIND(s.st_info);
		y->type = type;
		y->member = -1;
		y->how = "-";
	}
	free(secmap);
	elf_release(&v.e);
	return 0;
}

/* Names a native relocatable object defines (UK_BCN_GLOBAL/LOCAL), the C
 * strings of its SHF_STRINGS sections and its allocated sections. */
int elf_names(const unsigned char *d, size_t len,
	      uk_name_fn *cb, void *arg)
{
	struct elfv v;
	if (elf_view(&v, d, len) < 0)
		return -1;
	for (size_t i = 1; i < v.nsec; i++) {
		const Elf64_Shdr *s = &v.sh[i];
		const char *nm = str_at(v.shstr, v.shstrsz, s->sh_name);
		if (!(s->sh_flags & SHF_ALLOC) || !nm || !s->sh_size)
			continue;
		cb(arg, nm, UK_BCN_SECTION, s->sh_size);
		if (!(s->sh_flags & SHF_STRINGS) || s->sh_entsize > 1 ||
		    s->sh_type == SHT_NOBITS)
			continue;
		const char *p = (const char *)d + s->sh_offset;
		const char *e = p + s->sh_size;
		while (p < e) {
			const char *z = memchr(p, 0, (size_t)(e - p));
			if (!z)
				break;
			if (z > p)
				cb(arg, p, UK_BCN_STRING, 0);
			p = z + 1;
		}
	}
	size_t n = 0, strsz = 0;
	const char *str = NULL;
	const Elf64_Shdr *st = symtab(&v, &n, &str, &strsz);
	for (size_t k = 1; st && k < n; k++) {
		Elf64_Sym s = elf_sym(&v.e, st, k);
		int type = ELF64_ST_TYPE(s.st_info);
		const char *nm = str_at(str, strsz, s.st_name);
		if (type == STT_FILE || type == STT_SECTION || !nm || !*nm ||
		    s.st_shndx == SHN_UNDEF)
			continue;
		cb(arg, nm, ELF64_ST_BIND(s.st_info) == STB_LOCAL
		   ? UK_BCN_LOCAL : UK_BCN_GLOBAL, 0);
	}
	elf_release(&v.e);
	return 0;
}

/* The end of the highest loadable segment (p_paddr + p_memsz): how much
 * memory from address 0 the image needs where the loader puts segments at
 * their physical addresses. Returns -1 if d is no ELF file elf_parse
 * accepts or a segment's end wraps around. */
int elf_load_end(const unsigned char *d, size_t len, uint64_t *end)
{
	struct uk_elf e;
	int rc = 0;

	if (elf_parse(&e, d, len))
		return -1;
	*end = 0;
	for (size_t i = 0; i < e.nph && !rc; i++) {
		const Elf64_Phdr *ph = &e.ph[i];
		uint64_t x = ph->p_paddr + ph->p_memsz;
		if (ph->p_type != PT_LOAD)
			continue;
		if (x < ph->p_paddr)
			rc = -1; /* wraps around */
		else if (x > *end)
			*end = x;
	}
	elf_release(&e);
	return rc;
}

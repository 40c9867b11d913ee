/* elfimage.c: read a linked image's allocated sections and its symbol
 * table (for --report, --why), and the names a native ELF member defines
 * (locals included), its C strings and its allocated sections. Every
 * offset is checked against the file size. */
#include "elfimage.h"
#include "util.h"

#include <elf.h>
#include <stdlib.h>
#include <string.h>

static int in_bounds(uint64_t off, uint64_t size, size_t len)
{
	return off <= len && size <= len - off;
}

struct elfv {
	const unsigned char *d;
	size_t len;
	const Elf64_Ehdr *eh;
	const Elf64_Shdr *sh;
	size_t nsec;
	const char *shstr;
	size_t shstrsz;
};

/* Section i's bytes in the file; none for SHT_NOBITS, whose offset and
 * size say nothing about the file (elf_view checks only the others). */
static const char *sec_bytes(const struct elfv *v, size_t i, size_t *size)
{
	if (v->sh[i].sh_type == SHT_NOBITS) {
		*size = 0;
		return (const char *)v->d;
	}
	*size = v->sh[i].sh_size;
	return (const char *)v->d + v->sh[i].sh_offset;
}

static int elf_view(struct elfv *v, const unsigned char *d, size_t len)
{
	memset(v, 0, sizeof(*v));
	v->d = d;
	v->len = len;
	if (len < sizeof(Elf64_Ehdr) || memcmp(d, ELFMAG, SELFMAG) ||
	    d[EI_CLASS] != ELFCLASS64 || d[EI_DATA] != ELFDATA2LSB)
		return -1;
	v->eh = (const void *)d;
	if (v->eh->e_shentsize != sizeof(Elf64_Shdr) || v->eh->e_shoff % 8 ||
	    !in_bounds(v->eh->e_shoff,
		       (uint64_t)v->eh->e_shnum * sizeof(Elf64_Shdr), len) ||
	    v->eh->e_shstrndx >= v->eh->e_shnum)
		return -1;
	v->sh = (const void *)(d + v->eh->e_shoff);
	v->nsec = v->eh->e_shnum;
	for (size_t i = 0; i < v->nsec; i++)
		if (v->sh[i].sh_type != SHT_NOBITS &&
		    !in_bounds(v->sh[i].sh_offset, v->sh[i].sh_size, len))
			return -1;
	v->shstr = sec_bytes(v, v->eh->e_shstrndx, &v->shstrsz);
	return 0;
}

static const char *str_at(const char *tab, size_t size, uint32_t off)
{
	if (off >= size || !memchr(tab + off, 0, size - off))
		return NULL;
	return tab + off;
}

/* The symbol table section and its strings; NULL if there is none. */
static const Elf64_Sym *symtab(const struct elfv *v, size_t *n,
			       const char **str, size_t *strsz)
{
	for (size_t i = 0; i < v->nsec; i++) {
		const Elf64_Shdr *st = &v->sh[i];
		if (st->sh_type != SHT_SYMTAB)
			continue;
		if (st->sh_entsize != sizeof(Elf64_Sym) || st->sh_offset % 8 ||
		    st->sh_link >= v->nsec)
			return NULL;
		*n = st->sh_size / sizeof(Elf64_Sym);
		*str = sec_bytes(v, st->sh_link, strsz);
		return (const void *)(v->d + st->sh_offset);
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

/* Returns 0, or -1 if path is not a readable 64-bit ELF image. */
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
	const Elf64_Sym *sy = symtab(&v, &n, &str, &strsz);
	for (size_t k = 1; sy && k < n; k++) {
		int type = ELF64_ST_TYPE(sy[k].st_info);
		const char *nm = str_at(str, strsz, sy[k].st_name);
		if (type == STT_FILE || type == STT_SECTION || !nm || !*nm ||
		    sy[k].st_shndx == SHN_UNDEF)
			continue;
		int sec = sy[k].st_shndx < v.nsec ? secmap[sy[k].st_shndx] : -1;
		if (sy[k].st_shndx < v.nsec && sec < 0)
			continue; /* in a non-allocated section */
		struct uk_isym *y = VPUSH(im->syms, im->nsyms, im->capsyms);
		memset(y, 0, sizeof(*y));
		y->name = xstrdup(nm);
		y->addr = sy[k].st_value;
		y->size = sy[k].st_size;
		y->sec = sec;
		y->bind = ELF64_ST_BIND(sy[k].st_info);
		y->type = type;
		y->member = -1;
		y->how = "-";
	}
	free(secmap);
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
	const Elf64_Sym *sy = symtab(&v, &n, &str, &strsz);
	if (sy && !in_bounds((uint64_t)((const unsigned char *)sy - d),
			     n * sizeof(Elf64_Sym), len))
		return -1;
	for (size_t k = 1; sy && k < n; k++) {
		int type = ELF64_ST_TYPE(sy[k].st_info);
		const char *nm = str_at(str, strsz, sy[k].st_name);
		if (type == STT_FILE || type == STT_SECTION || !nm || !*nm ||
		    sy[k].st_shndx == SHN_UNDEF)
			continue;
		cb(arg, nm, ELF64_ST_BIND(sy[k].st_info) == STB_LOCAL
		   ? UK_BCN_LOCAL : UK_BCN_GLOBAL, 0);
	}
	return 0;
}

/* The end of the highest loadable segment (p_paddr + p_memsz): how much
 * memory from address 0 the image needs where the loader puts segments at
 * their physical addresses. Returns -1 if d is no 64-bit ELF file or its
 * program headers lie outside it. */
int elf_load_end(const unsigned char *d, size_t len, uint64_t *end)
{
	if (len < sizeof(Elf64_Ehdr) || memcmp(d, ELFMAG, SELFMAG) ||
	    d[EI_CLASS] != ELFCLASS64 || d[EI_DATA] != ELFDATA2LSB)
		return -1;
	const Elf64_Ehdr *eh = (const void *)d;
	if (eh->e_phentsize != sizeof(Elf64_Phdr) || eh->e_phoff % 8 ||
	    !in_bounds(eh->e_phoff, (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr),
		       len))
		return -1;
	const Elf64_Phdr *ph = (const void *)(d + eh->e_phoff);
	*end = 0;
	for (size_t i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type != PT_LOAD)
			continue;
		uint64_t e = ph[i].p_paddr + ph[i].p_memsz;
		if (e < ph[i].p_paddr)
			return -1; /* wraps around */
		if (e > *end)
			*end = e;
	}
	return 0;
}

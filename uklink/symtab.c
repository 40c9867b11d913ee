/* symtab.c: after ld.lld, build the image's compact symbol table
 * (docs/architecture.md, "Symbol table in the image") and grow the last
 * loadable section (`.uk_symtab`: the target's fact image_symtab names it)
 * in place to hold it.
 *
 * Growing in place: the section is the end of the last PT_LOAD, so its
 * bytes can grow without moving any address. Everything after it in the
 * file (non-alloc sections, the section header table) moves down by a
 * multiple of 16 bytes, keeping its alignment, with offsets fixed.
 */
#include "elfclass.h"
#include "uk.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct ent {
	uint64_t addr;
	uint32_t size;
	const char *name;
};

static void put32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

/* By address; at one address the entry kept (the last) is the largest,
 * then the last name: aliases cost one entry, chosen reproducibly. */
static int ent_cmp(const void *a, const void *b)
{
	const struct ent *x = a, *y = b;
	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	if (x->size != y->size)
		return x->size < y->size ? -1 : 1;
	return strcmp(x->name, y->name);
}

/* Whether symbol sy goes into the table: a named function in an
 * allocated section below the table at `top` (crash reports look up code
 * addresses only; data symbols would double the table). */
static int wanted(const Elf64_Sym *sy, const struct uk_elf *e,
		  const Elf64_Shdr *ss, const char *str, uint64_t top)
{
	return ELF64_ST_TYPE(sy->st_info) == STT_FUNC && sy->st_value &&
	       sy->st_value < top && top - sy->st_value <= UINT32_MAX &&
	       sy->st_shndx != SHN_UNDEF && sy->st_shndx < e->nsec &&
	       (e->sh[sy->st_shndx].sh_flags & SHF_ALLOC) &&
	       sy->st_name < ss->sh_size &&
	       memchr(str + sy->st_name, 0, ss->sh_size - sy->st_name) &&
	       str[sy->st_name];
}

/* The table for the functions of symtab section `si`, to be loaded at
 * `top`: entries { u32 top - addr; u32 size } by address, then one name
 * per entry in the same order (docs/architecture.md). Thumb functions
 * (32-bit ARM) have bit 0 of their value set: the table has their
 * address. */
static unsigned char *build_table(const struct uk_elf *e, size_t si,
				  uint64_t top, size_t *tlen)
{
	const Elf64_Shdr *st = &e->sh[si], *ss = &e->sh[st->sh_link];
	const char *str = (const char *)e->d + ss->sh_offset;
	size_t n = st->sh_size / elf_symsize(e), ne = 0;
	struct ent *t_e = xcalloc(n + 1, sizeof(*t_e));
	uint64_t thumb = e->is32 && e->eh.e_machine == EM_ARM ? 1 : 0;
	for (size_t k = 1; k < n; k++) {
		Elf64_Sym y = elf_sym(e, st, k);
		if (!wanted(&y, e, ss, str, top))
			continue;
		t_e[ne].addr = y.st_value & ~thumb;
		t_e[ne].size = y.st_size > UINT32_MAX ? UINT32_MAX
			: (uint32_t)y.st_size;
		t_e[ne].name = str + y.st_name;
		ne++;
	}
	qsort(t_e, ne, sizeof(*t_e), ent_cmp);
	size_t w = 0;
	for (size_t k = 0; k < ne; k++) {
		if (w && t_e[k].addr == t_e[w - 1].addr)
			w--;
		t_e[w++] = t_e[k];
	}
	ne = w;
	struct uk_buf strs = { 0 };
	for (size_t k = 0; k < ne; k++)
		buf_add(&strs, t_e[k].name, strlen(t_e[k].name) + 1);
	size_t total = 16 + 8 * ne + strs.n;
	unsigned char *t = xcalloc(total, 1);
	memcpy(t, "UKST", 4);
	put32(t + 4, (uint32_t)ne);
	put32(t + 8, (uint32_t)strs.n);
	put32(t + 12, (uint32_t)total);
	for (size_t k = 0; k < ne; k++) {
		put32(t + 16 + 8 * k, (uint32_t)(top - t_e[k].addr));
		put32(t + 16 + 8 * k + 4, t_e[k].size);
	}
	if (strs.n)
		memcpy(t + 16 + 8 * ne, strs.p, strs.n);
	free(strs.p);
	free(t_e);
	*tlen = total;
	return t;
}

static long find_section(const struct uk_elf *e, const char *name, int type)
{
	const Elf64_Shdr *ss = &e->sh[e->eh.e_shstrndx];
	for (size_t i = 1; i < e->nsec; i++) {
		if (type >= 0 && e->sh[i].sh_type != (unsigned)type)
			continue;
		if (!name)
			return (long)i;
		uint32_t o = e->sh[i].sh_name;
		const char *str = (const char *)e->d + ss->sh_offset;
		if (o < ss->sh_size && memchr(str + o, 0, ss->sh_size - o) &&
		    !strcmp(str + o, name))
			return (long)i;
	}
	return -1;
}

/* The last PT_LOAD, which must end with section si. */
static Elf64_Phdr *last_load(const struct uk_elf *e, size_t si)
{
	Elf64_Phdr *last = NULL;
	for (size_t i = 0; i < e->nph; i++)
		if (e->ph[i].p_type == PT_LOAD &&
		    (!last || e->ph[i].p_vaddr > last->p_vaddr))
			last = &e->ph[i];
	const Elf64_Shdr *s = &e->sh[si];
	if (!last || s->sh_addr < last->p_vaddr ||
	    s->sh_offset + s->sh_size != last->p_offset + last->p_filesz)
		return NULL;
	return last;
}

/* The image e with .uk_symtab (section si) holding table t: headers
 * fixed in e, then written into the new file in e's class. */
static unsigned char *grow_section(struct uk_elf *e, size_t si,
				   Elf64_Phdr *seg, const unsigned char *t,
				   size_t tlen, size_t *newlen)
{
	Elf64_Shdr *s = &e->sh[si];
	uint64_t start = s->sh_offset, old_end = start + s->sh_size;
	uint64_t delta = tlen > s->sh_size ? (tlen - s->sh_size + 15) & ~15ull : 0;
	for (size_t i = 0; i < e->nsec; i++)
		if (i != si && e->sh[i].sh_offset >= old_end &&
		    e->sh[i].sh_type != SHT_NULL)
			e->sh[i].sh_offset += delta;
	for (size_t i = 0; i < e->nph; i++)
		if (&e->ph[i] != seg && e->ph[i].p_filesz &&
		    e->ph[i].p_offset >= old_end)
			e->ph[i].p_offset += delta;
	s->sh_size = tlen;
	seg->p_filesz = start + tlen - seg->p_offset;
	if (s->sh_addr + tlen - seg->p_vaddr > seg->p_memsz)
		seg->p_memsz = s->sh_addr + tlen - seg->p_vaddr;
	if (e->eh.e_shoff >= old_end)
		e->eh.e_shoff += delta;
	if (e->eh.e_phoff >= old_end)
		e->eh.e_phoff += delta;
	*newlen = e->len + delta;
	unsigned char *n = xcalloc(*newlen, 1);
	memcpy(n, e->d, start);
	memcpy(n + start, t, tlen);
	memcpy(n + old_end + delta, e->d + old_end, e->len - old_end);
	elf_write_headers(e, n, *newlen);
	return n;
}

static int write_file(const char *path, const unsigned char *d, size_t len)
{
	int fd = open(path, O_WRONLY | O_TRUNC | O_CREAT | O_CLOEXEC, 0755);
	if (fd < 0)
		return -errno;
	size_t off = 0;
	while (off < len) {
		ssize_t w = write(fd, d + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			int e = errno;
			close(fd);
			return -e;
		}
		off += (size_t)w;
	}
	if (fsync(fd) < 0 || close(fd) < 0)
		return -errno;
	return 0;
}

int install_symtab(struct uk_ctx *c, const char *path, const char *secname)
{
	struct uk_elf im;
	char *data;
	size_t len;
	int e = read_whole(path, &data, &len);
	if (e < 0) {
		uk_error(&c->dg, path, "cannot read the linked image: %s", strerror(-e));
		return -1;
	}
	const char *why = elf_parse(&im, (unsigned char *)data, len);
	if (!why && (!im.nsec || !im.nph))
		why = "no section or program header table";
	long si = why ? -1 : find_section(&im, secname, -1);
	long ti = why ? -1 : find_section(&im, NULL, SHT_SYMTAB);
	Elf64_Phdr *seg = si > 0 ? last_load(&im, (size_t)si) : NULL;
	int rc = 0;
	if (why) {
		uk_error(&c->dg, c->o.out, "ld.lld wrote a bad image: %s", why);
		rc = -1;
	} else if (si < 0) {
		uk_warn(c->o.out, "no %s section in the image (the template "
			"does not reserve it): no symbol table", secname);
	} else if (im.sh[si].sh_type != SHT_PROGBITS || !seg) {
		uk_error(&c->dg, c->t.template_rel, "%s must be a PROGBITS "
			 "section at the end of the last PT_LOAD segment",
			 secname);
		rc = -1;
	} else if (ti < 0 || !elf_symtab_ok(&im, &im.sh[ti])) {
		uk_error(&c->dg, c->o.out, "the image has no usable .symtab "
			 "(was it stripped?)");
		rc = -1;
	} else {
		size_t tlen, nlen;
		unsigned char *t = build_table(&im, (size_t)ti,
					       im.sh[si].sh_addr, &tlen);
		unsigned char *n = grow_section(&im, (size_t)si, seg, t, tlen,
						&nlen);
		if ((e = write_file(path, n, nlen)) < 0) {
			uk_error(&c->dg, path, "cannot write: %s", strerror(-e));
			rc = -1;
		}
		free(n);
		free(t);
	}
	elf_release(&im);
	free(data);
	return rc;
}

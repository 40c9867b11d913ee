/*
 * Reader of the image's symbol table (format: uk/symtab.h). Used from crash
 * paths, so it only reads memory: no allocation, no locks, no printing.
 */
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include <uk/symtab.h>

struct symtab_hdr {
	char magic[4];
	uint32_t count;
	uint32_t strsize;
	uint32_t total;
};

struct symtab_ent {
	uint64_t addr;
	uint32_t size;
	uint32_t name;
};

/* Returns the header if it is consistent, NULL otherwise. */
static const struct symtab_hdr *symtab_hdr(void)
{
	const struct symtab_hdr *h =
		(const struct symtab_hdr *)__uk_symtab_start;
	uint64_t need;

	if (h->magic[0] != 'U' || h->magic[1] != 'K' || h->magic[2] != 'S' ||
	    h->magic[3] != 'T')
		return NULL;
	need = sizeof(*h) + (uint64_t)h->count * sizeof(struct symtab_ent) +
	       h->strsize;
	if (need > h->total)
		return NULL;
	/* Names must stay inside the string area. */
	if (h->strsize && ((const char *)h)[need - 1] != '\0')
		return NULL;
	return h;
}

int uk_symtab_lookup(unsigned long addr, const char **name,
		     unsigned long *offset)
{
	const struct symtab_hdr *h = symtab_hdr();
	const struct symtab_ent *e;
	const char *strs;
	uint32_t lo, hi, mid, i;

	if (!h)
		return -EINVAL;
	e = (const struct symtab_ent *)(h + 1);
	strs = (const char *)(e + h->count);

	/* lo = number of entries with addr <= the address looked up. */
	lo = 0;
	hi = h->count;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (e[mid].addr <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return -ENOENT;

	/* Among symbols at the same address (aliases), take the last one
	 * whose size covers addr; a sized symbol ending before addr does not
	 * contain it. Unsized symbols (assembly labels) reach the next one. */
	for (i = lo; i > 0 && e[i - 1].addr == e[lo - 1].addr; i--) {
		const struct symtab_ent *s = &e[i - 1];

		if (s->size && addr - s->addr >= s->size)
			continue;
		if (s->name >= h->strsize)
			return -EINVAL;
		if (name)
			*name = strs + s->name;
		if (offset)
			*offset = addr - s->addr;
		return 0;
	}
	return -ENOENT;
}

unsigned long uk_symtab_end(void)
{
	const struct symtab_hdr *h = symtab_hdr();

	return h ? (unsigned long)__uk_symtab_start + h->total : 0;
}

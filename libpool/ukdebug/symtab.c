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

/* A function at __uk_symtab_start - back, of size bytes (0: unknown). */
struct symtab_ent {
	uint32_t back;
	uint32_t size;
};

/* Returns the header if it is consistent, NULL otherwise. */
static const struct symtab_hdr *symtab_hdr(void)
{
	const struct symtab_hdr *h =
		(const struct symtab_hdr *)__uk_symtab_start;
	uint64_t need;
	uint32_t magic;

	/* One load and compare (the table is little-endian, as is x86_64),
	 * not a call to memcmp from crash paths. */
	__builtin_memcpy(&magic, h->magic, 4);
	if (magic != ('U' | 'K' << 8 | 'S' << 16 | (uint32_t)'T' << 24))
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
	const char *s, *end;
	unsigned long top = (unsigned long)__uk_symtab_start;
	uint32_t lo, hi, mid, i;

	if (!h)
		return -EINVAL;
	e = (const struct symtab_ent *)(h + 1);
	if (addr >= top)
		return -ENOENT;

	/* lo = number of entries starting at or below addr. Entries are
	 * sorted by address, so by decreasing distance back. */
	lo = 0;
	hi = h->count;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (e[mid].back >= top - addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return -ENOENT;
	/* Functions do not overlap: only the last one can contain addr. A
	 * sized function ending before addr does not; an unsized one
	 * (assembly label) reaches the next. */
	i = lo - 1;
	if (e[i].size && top - addr <= e[i].back - e[i].size)
		return -ENOENT;
	/* The names follow the entries, one per entry, in the same order. */
	s = (const char *)(e + h->count);
	end = s + h->strsize;
	for (; i; i--)
		while (s < end && *s++)
			;
	if (s >= end)
		return -EINVAL;
	if (name)
		*name = s;
	if (offset)
		*offset = addr - (top - e[lo - 1].back);
	return 0;
}

unsigned long uk_symtab_end(void)
{
	const struct symtab_hdr *h = symtab_hdr();

	return h ? (unsigned long)__uk_symtab_start + h->total : 0;
}

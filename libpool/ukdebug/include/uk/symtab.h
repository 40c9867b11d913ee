/*
 * The image's own symbol table, for crash reports and backtraces.
 *
 * uklink appends it to the image as the contents of section .uk_symtab,
 * which the platform linker script places last (after .bss) and marks with
 * __uk_symtab_start. Format (little-endian, docs/architecture.md):
 *   struct { char magic[4] = "UKST"; u32 count, strsize, total; }  header
 *   struct { u32 back; u32 size; } [count]  functions, sorted by address
 *                                           (__uk_symtab_start - back)
 *   char names[strsize]          count NUL-terminated names, entry order
 * An image linked without uklink's post-pass holds just the empty header
 * (count 0, total 16) from the script.
 */
#ifndef UK_SYMTAB_H
#define UK_SYMTAB_H

#ifdef __cplusplus
extern "C" {
#endif

#define UK_SYMTAB_MAGIC		"UKST"

/* First byte of the table; defined by the platform linker script. */
extern const char __uk_symtab_start[];

/*
 * Finds the function containing addr: the entry with the greatest address
 * <= addr, unless its size is non-zero and addr lies past its end. On
 * success stores its name in *name and addr minus its address in *offset
 * (either pointer may be NULL) and returns 0. Errors: -ENOENT if no symbol
 * contains addr or the table is empty; -EINVAL if the table's header is
 * malformed (bad magic or sizes that do not add up).
 */
int uk_symtab_lookup(unsigned long addr, const char **name,
		     unsigned long *offset);

/*
 * Returns the address of the first byte after the table (header, entries
 * and strings: __uk_symtab_start + total), which is also the end of the
 * loaded image: platforms start the heap there, rounded up to a page.
 * Returns 0 if the header is malformed.
 */
unsigned long uk_symtab_end(void);

#ifdef __cplusplus
}
#endif

#endif /* UK_SYMTAB_H */

/* elfimage.h: a linked image's allocated sections and symbols, and the
 * names a native ELF member defines (elfimage.c). Every offset is checked
 * against the file size. */
#ifndef UKLINK_ELFIMAGE_H
#define UKLINK_ELFIMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "names.h"

/* An allocated section of the image. */
struct uk_isec {
	char *name;
	uint64_t addr, size, off, flags;
	uint32_t type; /* SHT_PROGBITS, SHT_NOBITS, ... */
};

/* A symbol of the image (no FILE/SECTION/undefined ones). */
struct uk_isym {
	char *name;
	uint64_t addr, size;
	int sec;          /* index in uk_image.secs, or -1 (absolute) */
	int bind, type;   /* STB_*, STT_* */
	int member;       /* defining member, or -1 (set by provenance.c) */
	int row;          /* report row: library, or UK_ROW_* */
	const char *how;  /* how it was attributed (docs/reports.md) */
	uint64_t bytes;   /* image bytes counted for it */
};

struct uk_image {
	char *data;
	size_t len;
	struct uk_isec *secs;
	int nsecs, capsecs;
	struct uk_isym *syms;
	int nsyms, capsyms;
};

int image_read(struct uk_image *im, const char *path);
void image_free(struct uk_image *im);
/* The names a native member defines, its C strings and sections. */
int elf_names(const unsigned char *d, size_t len, uk_name_fn *cb, void *arg);
/* The end of the highest PT_LOAD segment (p_paddr + p_memsz); -1 if d is
 * no 64-bit ELF file with program headers inside it. */
int elf_load_end(const unsigned char *d, size_t len, uint64_t *end);

#endif

/* flat.c: the flat boot image a target asks for (fact image_flat SUFFIX):
 * the image's loaded bytes as one file, from the first section with
 * contents to the end of the last one, gaps and sections without
 * contents (.bss) in between as zeros; those before and after are left
 * out (memory the image uses without the loader's help, as its entry
 * code and template say).
 * Boot protocols that load a raw binary (the arm64 Image that Xen's
 * toolstack takes, or QEMU for kvm-arm64: `uklink run`'s fact run_image)
 * need this; the ELF stays at -o for reports and tools. */
#include "elfimage.h"
#include "uk.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SHT_NOBITS_ 8

int write_flat(struct uk_diag *dg, const char *elf, const char *path)
{
	struct uk_image im = { 0 };
	uint64_t lo = UINT64_MAX, hi = 0;
	if (image_read(&im, elf) < 0) {
		uk_error(dg, elf, "cannot read the image back for its flat "
			 "binary");
		return -1;
	}
	for (int i = 0; i < im.nsecs; i++) {
		const struct uk_isec *s = &im.secs[i];
		if (!s->size)
			continue;
		if (s->type == SHT_NOBITS_)
			continue;
		if (s->addr < lo)
			lo = s->addr;
		if (s->addr + s->size > hi)
			hi = s->addr + s->size;
	}
	char *buf = hi > lo ? calloc(1, hi - lo) : NULL;
	for (int i = 0; buf && i < im.nsecs; i++) {
		const struct uk_isec *s = &im.secs[i];
		if (s->type != SHT_NOBITS_ && s->size)
			memcpy(buf + (s->addr - lo), im.data + s->off, s->size);
		/* NOBITS between lo and hi: the calloc's zeros */
	}
	FILE *f = buf ? fopen(path, "wb") : NULL;
	int ok = f && fwrite(buf, 1, hi - lo, f) == hi - lo;
	if (f && fclose(f) != 0)
		ok = 0;
	if (!ok)
		uk_error(dg, path, "cannot write the flat image: %s",
			 buf ? strerror(errno) : "the image has no contents");
	free(buf);
	image_free(&im);
	return ok ? 0 : -1;
}

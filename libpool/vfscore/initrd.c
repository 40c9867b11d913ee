/* Files at boot: right after the root is mounted, the boot archives are
 * unpacked into it (vfscore_unpack): first the one linked into the image
 * (uklink --embed DIR: __uk_embed_start/__uk_embed_end), then the one the
 * platform was handed (<uk/plat/initrd.h>), whose files replace the
 * embedded ones. A bad archive stops the boot, with a message naming the
 * archive, the entry and what is wrong, before the program runs: it never
 * sees a half-filled file system. Both sources are weak references: an
 * image with neither has nothing to unpack. */
#include "vfs_impl.h"
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/initrd.h>

/* A platform without an initrd has no definition (the contract says so). */
extern int ukplat_initrd(const void **base, size_t *len)
	__attribute__((weak));

/* The status a boot stopped by a bad archive ends with. */
#define INITRD_FAIL_STATUS	1

extern const char __uk_embed_start[] __attribute__((weak));
extern const char __uk_embed_end[] __attribute__((weak));

/* Names are shown up to this many bytes (messages are one short line). */
#define NAME_SHOWN	64

/* "initrd: error: [embedded archive: ]byte OFF[ (NAME)]: WHY; ..." */
static void unpack(const char *what, const void *buf, size_t len)
{
	struct vfscore_unpack_error e;
	size_t n = 0;

	if (!vfscore_unpack(buf, len, &e))
		return;
	while (e.name && e.name[n] && n <= NAME_SHOWN)
		n++;
	uk_printk("initrd: error: %s%sbyte %lu%s%.*s%s%s: %s; the boot stops\n",
		  what ? what : "", what ? ": " : "", (unsigned long)e.off,
		  e.name ? " (" : "", (int)(n > NAME_SHOWN ? NAME_SHOWN : n),
		  e.name ? e.name : "", n > NAME_SHOWN ? "..." : "",
		  e.name ? ")" : "", e.why);
	ukplat_terminate(INITRD_FAIL_STATUS);
}

int _vfscore_initrd(void)
{
	const void *base;
	size_t len;
	int r;

	if (__uk_embed_start && __uk_embed_end > __uk_embed_start)
		unpack("embedded archive", __uk_embed_start,
		       __uk_embed_end - __uk_embed_start);
	if (!ukplat_initrd)
		return 0;
	r = ukplat_initrd(&base, &len);
	if (r < 0) {
		uk_printk("initrd: error: cannot read the initrd (error %d); the boot stops\n",
			  -r);
		ukplat_terminate(INITRD_FAIL_STATUS);
	}
	if (len)
		unpack(NULL, base, len);
	return 0;
}

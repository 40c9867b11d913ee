/*
 * Platform contract: the boot archive (initrd).
 *
 * A platform that can be handed a file at boot passes it on untouched:
 * kvm the first PVH module (QEMU -initrd), xen start_info's ramdisk (xl
 * `ramdisk=`), linuxu the file named by a leading `--initrd FILE` on the
 * process's command line (mapped read-only; the pair is removed from
 * argv). vfscore unpacks it into the root filesystem before main
 * (docs/vfs.md, "Files at boot"); the platform keeps its memory out of
 * the heap.
 *
 * Implementations live in a forced member of the platform library:
 * vfscore reaches the function through a weak reference, so a platform
 * without one simply has no initrd.
 */
#ifndef UK_PLAT_INITRD_H
#define UK_PLAT_INITRD_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The archive the platform was given: 0 and *base, *len (*len 0: none),
 * or a negative errno when one was named but cannot be reached (linuxu:
 * the file cannot be opened or mapped). Callable any number of times. */
int ukplat_initrd(const void **base, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_INITRD_H */

/*
 * The initrd on kvm arm64 (<uk/plat/initrd.h>): QEMU's -initrd, which it
 * loads into RAM and names in the device tree's /chosen
 * (linux,initrd-start/end; dtb.c reads them). memory.c keeps it out of
 * the heap.
 */
#include <errno.h>
#include <uk/plat/initrd.h>
#include "arm64.h"

int ukplat_initrd(const void **base, size_t *len)
{
	const struct kvm_machine *m = &_kvm_machine;

	*base = 0;
	*len = 0;
	if (m->initrd_end <= m->initrd_start)
		return 0;
	/* Only what the MMU maps can be read (mmu.c). */
	if (m->initrd_start < KVM_RAM_BASE || m->initrd_end > KVM_MAPPED_END)
		return -EFAULT;
	*base = (const void *)m->initrd_start;
	*len = m->initrd_end - m->initrd_start;
	return 0;
}

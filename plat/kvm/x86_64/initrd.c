/*
 * The initrd on kvm (<uk/plat/initrd.h>): QEMU's -initrd, which a PVH
 * kernel receives as the first module of the start info's module list.
 * setup.c records it before anything can overwrite the start info;
 * memory.c keeps every module out of the heap.
 */
#include <errno.h>
#include <uk/plat/initrd.h>
#include "kvm.h"
#include "x86_64.h"

static const void *initrd_base;
static size_t initrd_len;
static int initrd_err;

void _kvm_initrd_init(const struct hvm_start_info *si)
{
	const struct hvm_modlist_entry *m;

	if (!si->nr_modules)
		return;
	m = (const struct hvm_modlist_entry *)(unsigned long)si->modlist_paddr;
	/* Only what the boot page tables map can be read. */
	if (si->modlist_paddr >= KVM_MAPPED_END ||
	    m->paddr >= KVM_MAPPED_END || m->size > KVM_MAPPED_END - m->paddr) {
		initrd_err = -EFAULT;
		return;
	}
	initrd_base = (const void *)(unsigned long)m->paddr;
	initrd_len = m->size;
}

int ukplat_initrd(const void **base, size_t *len)
{
	*base = initrd_base;
	*len = initrd_len;
	return initrd_err;
}

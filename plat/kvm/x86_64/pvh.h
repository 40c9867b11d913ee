/*
 * The PVH boot protocol (Xen's public arch-x86/hvm/start_info.h): what the
 * boot loader (QEMU's PVH option ROM, or Xen) hands the kernel in %ebx.
 * Layouts are part of the ABI; all addresses are physical.
 */
#ifndef KVM_PVH_H
#define KVM_PVH_H

#include <stdint.h>

#define XEN_ELFNOTE_PHYS32_ENTRY	18
#define PVH_START_MAGIC			0x336ec578
#define PVH_MEMMAP_TYPE_RAM		1

struct hvm_start_info {
	uint32_t magic;			/* PVH_START_MAGIC */
	uint32_t version;		/* memmap_* exist from version 1 */
	uint32_t flags;
	uint32_t nr_modules;
	uint64_t modlist_paddr;		/* struct hvm_modlist_entry[] */
	uint64_t cmdline_paddr;		/* NUL-terminated, 0 if none */
	uint64_t rsdp_paddr;
	uint64_t memmap_paddr;		/* struct hvm_memmap_table_entry[] */
	uint32_t memmap_entries;
	uint32_t reserved;
};

struct hvm_modlist_entry {
	uint64_t paddr;
	uint64_t size;
	uint64_t cmdline_paddr;
	uint64_t reserved;
};

struct hvm_memmap_table_entry {
	uint64_t addr;
	uint64_t size;
	uint32_t type;			/* PVH_MEMMAP_TYPE_* (E820 types) */
	uint32_t reserved;
};

#endif /* KVM_PVH_H */

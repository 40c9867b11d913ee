/*
 * First C code: brings up console, traps, command line and memory map in
 * that order (each step may need to report a failure through the previous
 * ones), unmaps the null page, then hands over to ukboot. The PVH start
 * info is not used after this.
 */
#include <uk/arch/io.h>
#include <uk/arch/lcpu.h>
#include <uk/arch/traps.h>
#include <uk/boot.h>
#include "x86_64.h"

/* Mask the legacy 8259 PICs: their default vectors (8-15) would collide
 * with CPU exceptions once interrupts are enabled. */
static void pic_mask(void)
{
	outb(0x21, 0xff);
	outb(0xa1, 0xff);
}

/* entry.S maps the first 2 MiB with the 4 KiB pages of _kvm_pt0. */
extern unsigned long _kvm_pt0[512];
extern char _kvm_boot_stack_guard[];

static void page_unmap(unsigned long addr)
{
	if (addr >= 512 * KVM_PAGE_SIZE)
		return;		/* in a 2 MiB page: left mapped */
	_kvm_pt0[addr / KVM_PAGE_SIZE] = 0;
	__asm__ __volatile__("invlpg (%0)" :: "r"(addr) : "memory");
}

/* Null pointers and boot stack overflows fault. The null page goes once
 * nothing needs the boot data QEMU leaves there. The stack guard stays
 * mapped when the image is bigger than 2 MiB. */
static void guard_pages_unmap(void)
{
	page_unmap(0);
	page_unmap((unsigned long)_kvm_boot_stack_guard);
}

void _kvm_start(const struct hvm_start_info *si)
{
	_kvm_tcb_init(PLAT_CANARY(ukarch_rdtsc()));	/* the canary, before any other C */
	_kvm_console_init();
	_kvm_hpet_start();	/* the monotonic clock counts from here */
	ukarch_traps_init();
	ukarch_trap_handler_set(_kvm_trap);
	pic_mask();
	if (!si || si->magic != PVH_START_MAGIC)
		_kvm_fatal("not started through the PVH boot protocol\n");
	/* Only what the boot page tables map is readable. */
	if (si->cmdline_paddr && si->cmdline_paddr < KVM_MAPPED_END)
		_kvm_cmdline_set((const char *)(unsigned long)si->cmdline_paddr);
	_kvm_memory_init(si);
	_kvm_initrd_init(si);
	guard_pages_unmap();
	ukboot_start();
}

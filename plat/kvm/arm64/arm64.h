/*
 * Private interfaces between the files of the kvm platform's arm64 part
 * (QEMU virt: device tree, MMU, PL011, GIC, generic timer, PSCI and
 * semihosting), besides those of kvm.h.
 */
#ifndef KVM_ARM64_H
#define KVM_ARM64_H

#include <stdint.h>
#include "kvm.h"

#define KVM_PAGE_SIZE		4096UL
/* Where QEMU's virt machine has its RAM, and puts the device tree of an
 * ELF kernel (at the start of RAM, below the image: ld/arm64-kvm.ld; an
 * Image's is named by x0, after its initrd). */
#define KVM_RAM_BASE		0x40000000UL
/* The MMU maps RAM from KVM_RAM_BASE up to here (mmu.c); the heap stays
 * below. */
#define KVM_MAPPED_END		0x100000000UL

/* entry.S: the C entry, on the boot stack (SP_EL0) with the MMU on;
 * dtb is what the boot loader left in x0 (the device tree with the
 * Linux Image protocol, 0 for an ELF). */
void _kvm_start(unsigned long dtb) __attribute__((noreturn));

/* mmu.c: the page tables (identity map; image W^X; devices below 1 GiB
 * and the PCIe window at 256 GiB), MMU and caches on. Called by entry.S
 * with the MMU off: compiled with -mstrict-align (arch.uk). */
void _kvm_mmu_init(void);
/* mmu.c: the 4 KiB page entry of @va, splitting its 2 MiB block first
 * (pool of tables); NULL outside RAM's first GiB or with the pool used
 * up. Changing it needs _kvm_tlb_flush(va). */
uint64_t *_kvm_pte_of(unsigned long va);
void _kvm_tlb_flush(unsigned long va);
#define KVM_PTE_VALID		0x1UL

/* dtb.c: the machine's description, from the device tree (libfdt). */
struct kvm_dev {
	unsigned long base, size;	/* the first reg entry; 0: none */
	unsigned int irq;		/* GIC interrupt ID, 0: none */
};
struct kvm_machine {
	const void *fdt;
	unsigned long ram_base, ram_size;	/* the first memory node */
	unsigned long initrd_start, initrd_end;	/* 0, 0: none */
	struct kvm_dev uart;		/* PL011 */
	int psci_smc;			/* PSCI conduit: 1 smc, 0 hvc, -1 none */
};
extern struct kvm_machine _kvm_machine;
/* Finds the device tree (x0, else the start of RAM) and fills
 * _kvm_machine; returns 0, or -1 without a device tree (of version 17). */
int _kvm_dtb_init(unsigned long x0);
/* The first of the root's children compatible with one of @kinds (each a
 * kind letter and a compatible string, one after another, an empty one
 * last), in *@node (-1 if none); returns its kind letter, 0 if none. */
int _kvm_dtb_find(const char *kinds, int *node);
/* The base of the first reg entry of that node (its size in *@size); 0
 * if there is none. */
unsigned long _kvm_dtb_base(const char *kinds, unsigned long *size);
/* The reg entry @i of node @node as (base, size), with the parent's cell
 * counts; 0, or -1 if there is none. */
int _kvm_dtb_reg(int node, int i, unsigned long *base, unsigned long *size);
/* The GIC interrupt ID of the interrupts entry @i of @node (3 cells: SPI
 * n is ID 32 + n, PPI n is ID 16 + n); 0 if there is none. */
unsigned int _kvm_dtb_irq(int node, int i);

/* memory.c: the heap's regions from the device tree's memory. */
void _kvm_memory_init(void);

/* gic.c: the interrupt controller. _kvm_gic_init (once; with IRQs
 * masked) sets the distributor and this CPU's interface up with every
 * interrupt disabled, and chains the IRQ dispatch in front of the trap
 * handler: the handler of an enabled interrupt ID runs with IRQs masked
 * and gets the acknowledged value (iar); it ends the interrupt with
 * _kvm_gic_eoi(iar) when it is done with the device, and before it may
 * switch threads (the tick). Unhandled IDs are ended at once. */
typedef void (*kvm_gic_handler_t)(unsigned int iar);
void _kvm_gic_init(void);
void _kvm_gic_handler_set(unsigned int id, kvm_gic_handler_t fn);
void _kvm_gic_enable(unsigned int id, int edge);
void _kvm_gic_disable(unsigned int id);
void _kvm_gic_eoi(unsigned int id);
#define KVM_GIC_SPURIOUS	1023
#define KVM_GIC_MAX_ID		256	/* IDs the dispatch table holds */

/* clock.c: counter ticks to nanoseconds. */
uint64_t _kvm_ticks_to_ns(uint64_t ticks);
uint64_t _kvm_ns_to_ticks(uint64_t ns);

/* shutdown.c: whether ukplat_terminate is trying semihosting (its HLT
 * is undefined when QEMU has semihosting off: crash.c then powers off
 * through PSCI instead of reporting a crash). */
extern volatile int _kvm_exiting;
void _kvm_psci_off(void) __attribute__((noreturn));

#endif /* KVM_ARM64_H */

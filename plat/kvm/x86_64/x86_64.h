/*
 * Private interfaces between the files of the kvm platform's x86_64 part
 * (PVH boot, COM1, PIT, CMOS RTC, local APIC), besides those of kvm.h.
 */
#ifndef KVM_X86_64_H
#define KVM_X86_64_H

#include <stdint.h>
#include "kvm.h"
#include "pvh.h"

/* Highest physical address the boot page tables map (entry.S). */
#define KVM_MAPPED_END		0x100000000UL
#define KVM_PAGE_SIZE		4096UL
/* Page-table entry bits (entry.S spells the same values). */
#define KVM_PTE_PRESENT		0x001UL
#define KVM_PTE_WRITE		0x002UL
#define KVM_PTE_LARGE		0x080UL	/* 2 MiB page, in a page directory */

/* entry.S jumps here in 64-bit mode with SSE on; si is the PVH start info. */
void _kvm_start(const struct hvm_start_info *si) __attribute__((noreturn));

/* memory.c: builds the free-RAM regions; crashes with a message if the
 * boot loader gave no memory map. */
void _kvm_memory_init(const struct hvm_start_info *si);

/* fwcfg.c: copies up to len bytes of the fw_cfg item NAME into buf;
 * returns the count, -ENOENT (no such item) or -ENODEV (no fw_cfg). */
int _kvm_fwcfg_read(const char *name, void *buf, unsigned int len);

/* initrd.c: records the first module (QEMU -initrd) for ukplat_initrd. */
void _kvm_initrd_init(const struct hvm_start_info *si);

/* Interrupt vectors of the local APIC: its timer (on the interrupted
 * stack, see timer.c) and its spurious-interrupt vector. */
#define KVM_TIMER_VECTOR	32
#define KVM_SPURIOUS_VECTOR	255
/* Device interrupts (irq.c): line n raises vector KVM_IRQ_VECTOR + n;
 * lines 0-23 are the IOAPIC's GSIs, the next KVM_NR_MSI are
 * message-signalled (MSI/MSI-X writes to the local APIC). */
#define KVM_IRQ_VECTOR		48
#define KVM_NR_GSI		24
#define KVM_NR_MSI		8
#define KVM_NR_LINES		(KVM_NR_GSI + KVM_NR_MSI)

/* timer.c: counts interrupts taken (timer, devices), so that
 * ukplat_halt_to's polling sees one came. */
extern volatile unsigned long _kvm_intr_seq;

/* hpet.c: starts the HPET's counter if the machine has one (at boot);
 * whether it did; its time in ns since the start. */
void _kvm_hpet_start(void);
int _kvm_hpet_present(void);
uint64_t _kvm_hpet_ns(void);

/* pit.c: the TSC frequency in Hz, measured against the PIT (3.5 ms,
 * within 0.5 %), leaving it counting down from 65536 at KVM_PIT_HZ; its
 * count (latched); stops it counting. */
#define KVM_PIT_HZ	1193182ULL
uint64_t _kvm_tsc_hz(void);
unsigned int _kvm_pit_count(void);
void _kvm_pit_quiet(void);
/* The median of three measurements. */
uint64_t _kvm_median3(uint64_t a, uint64_t b, uint64_t c);

/* rtc.c: the CMOS clock in seconds since the epoch, or 0 if absent. */
int64_t _kvm_rtc_seconds(void);

/* lapic.c: enables the local APIC (once; returns its ID, the
 * destination of device interrupts); starts its count, masked, at
 * monotonic time @now, for _kvm_lapic_init's measurement; enables it
 * and measures its timer (from that count, or 3 ms of busy waits); the
 * countdown raises KVM_TIMER_VECTOR once, ns from now. */
unsigned int _kvm_lapic_enable(void);
void _kvm_lapic_freerun(uint64_t now);
void _kvm_lapic_init(void);
void _kvm_lapic_oneshot(uint64_t ns);
void _kvm_lapic_stop(void);
void _kvm_lapic_eoi(void);

#endif /* KVM_X86_64_H */

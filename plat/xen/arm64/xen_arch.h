/*
 * The arm64 part of the xen platform's private interfaces (included by
 * ../xen.h): the guest's memory layout, the Arm ABI structures (vcpu_info,
 * shared_info as laid out for Arm guests), the hypercall instruction, and
 * the boot information the shared files read. Numbers and layouts are
 * Xen's public ABI (libxen-dev: arch-arm.h, xen.h, memory.h,
 * hvm/hvm_op.h, hvm/params.h), written out here.
 *
 * An Arm guest is an HVM-style domain with second-stage translation: it
 * sees guest-physical frames (no M2P, no P2M list), runs at EL1 with the
 * MMU of its own (mmu.c: an identity map), and gets no start_info. The
 * console and xenstore rings are pages Xen names in HVM parameters, the
 * command line, memory and interrupt controller come from the device
 * tree in x0 (dtb.c). setup.c fills a struct xen_start_info of its own
 * with what the shared files read from x86_64's (the rings' frames and
 * event channels), so they work unchanged.
 */
#ifndef XEN_XEN_ARCH_H
#define XEN_XEN_ARCH_H

#define XEN_PAGE_SIZE		4096UL
#define XEN_PAGE_SHIFT		12
/* arch-arm.h: where the toolstack puts RAM (the image is linked at its
 * start: ld/arm64-xen.ld, text_offset 0) and the event-channel PPI when
 * the device tree does not say. */
#define XEN_RAM0_BASE		0x40000000UL
#define XEN_RAM0_SIZE		0xc0000000UL
#define XEN_EVTCHN_PPI		31
#define XEN_VTIMER_PPI		27

#ifndef __ASSEMBLY__
#include <stdint.h>
#include <uk/arch/traps.h>

/* What the shared files read at boot (x86_64: Xen's start_info). */
struct xen_start_info {
	unsigned long store_mfn;	/* guest frames (no M2P on Arm) */
	uint32_t store_evtchn;
	unsigned long console_mfn;
	uint32_t console_evtchn;
};

struct xen_vcpu_time_info {
	uint32_t version;
	uint32_t pad0;
	uint64_t tsc_timestamp;
	uint64_t system_time;
	uint32_t tsc_to_system_mul;
	int8_t tsc_shift;
	uint8_t flags;
	uint8_t pad1[2];
};

/* arch_vcpu_info is empty on Arm. */
struct xen_vcpu_info {
	uint8_t evtchn_upcall_pending;
	uint8_t evtchn_upcall_mask;
	uint64_t evtchn_pending_sel;
	struct xen_vcpu_time_info time;
};
_Static_assert(sizeof(struct xen_vcpu_info) == 48, "vcpu_info layout");

/* XEN_LEGACY_MAX_VCPUS is 1 on Arm. */
struct xen_shared_info {
	struct xen_vcpu_info vcpu_info[1];
	unsigned long evtchn_pending[64];
	unsigned long evtchn_mask[64];
	uint32_t wc_version;
	uint32_t wc_sec;
	uint32_t wc_nsec;
	uint32_t wc_sec_hi;
};
_Static_assert(__builtin_offsetof(struct xen_shared_info, wc_version) == 1072,
	       "shared_info layout");

/* Hypercalls: hvc #0xEA1, the number in x16, arguments in x0-x4, the
 * result in x0; x1-x4 and x16 may come back changed. */
static inline long _xen_hc(unsigned int nr, unsigned long a1,
			   unsigned long a2, unsigned long a3,
			   unsigned long a4, unsigned long a5)
{
	register unsigned long x0 __asm__("x0") = a1;
	register unsigned long x1 __asm__("x1") = a2;
	register unsigned long x2 __asm__("x2") = a3;
	register unsigned long x3 __asm__("x3") = a4;
	register unsigned long x4 __asm__("x4") = a5;
	register unsigned long x16 __asm__("x16") = nr;

	__asm__ __volatile__("hvc #0xea1"
			     : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3),
			       "+r"(x4), "+r"(x16)
			     :
			     : "memory");
	return (long)x0;
}

#define _xen_hc1(nr, a)		_xen_hc(nr, (unsigned long)(a), 0, 0, 0, 0)
#define _xen_hc2(nr, a, b)	_xen_hc(nr, (unsigned long)(a), \
					(unsigned long)(b), 0, 0, 0)
#define _xen_hc3(nr, a, b, c)	_xen_hc(nr, (unsigned long)(a), \
					(unsigned long)(b), (unsigned long)(c), \
					0, 0)
#define _xen_hc4(nr, a, b, c, d) _xen_hc(nr, (unsigned long)(a), \
					(unsigned long)(b), (unsigned long)(c), \
					(unsigned long)(d), 0)

#define __HYPERVISOR_memory_op	12
#define __HYPERVISOR_hvm_op	34
#define XEN_HVMOP_get_param	1
#define XEN_HVM_PARAM_STORE_PFN		1
#define XEN_HVM_PARAM_STORE_EVTCHN	2
#define XEN_HVM_PARAM_CONSOLE_PFN	17
#define XEN_HVM_PARAM_CONSOLE_EVTCHN	18
#ifndef XEN_DOMID_SELF	/* uk/plat/xen.h has it too */
#define XEN_DOMID_SELF		0x7ff0U
#endif
#define XEN_XENMEM_add_to_physmap 7
#define XEN_XENMAPSPACE_shared_info 0

/* Ring barriers (inner shareable: Xen and dom0 run on other CPUs). */
static inline void _xen_wmb(void)
{
	__asm__ __volatile__("dmb ishst" ::: "memory");
}

static inline void _xen_rmb(void)
{
	__asm__ __volatile__("dmb ishld" ::: "memory");
}

/* Guest frames are identity-mapped (mmu.c); Xen names guest frames. */
static inline void *_xen_pfn_to_va(unsigned long pfn)
{
	return (void *)(pfn << XEN_PAGE_SHIFT);
}

static inline unsigned long _xen_va_to_pfn(const void *va)
{
	return (unsigned long)va >> XEN_PAGE_SHIFT;
}

static inline unsigned long _xen_mfn_to_pfn(unsigned long mfn)
{
	return mfn;
}

/* What the device tree says (dtb.c). */
struct xen_arm_machine {
	const void *fdt;
	unsigned long fdt_size;
	unsigned long ram_base, ram_size;
	unsigned long initrd_start, initrd_end;
	unsigned long gicd, gicc;	/* GICv2 distributor, CPU interface */
	unsigned int evtchn_irq;	/* the event-channel PPI's INTID */
};
extern struct xen_arm_machine _xen_machine;

/* entry.S jumps here on the boot stack, MMU on, with x0 = the device
 * tree. */
void _xen_start(unsigned long dtb) __attribute__((noreturn));

/* mmu.c: the identity map, MMU and caches on (runs with the MMU off). */
void _xen_mmu_init(void);
/* dtb.c: the device tree into _xen_machine; the command line. < 0 if
 * there is none. */
int _xen_dtb_init(unsigned long dtb);
/* memory.c: the free RAM into the common table. */
void _xen_memory_init(void);
/* gic.c: the GIC's distributor and CPU interface on, the event-channel
 * and virtual-timer PPIs enabled (delivered, never taken: IRQs stay
 * masked and wake WFI); acknowledge: takes every pending interrupt. */
void _xen_gic_init(void);
void _xen_gic_ack(void);
/* crash.c: every exception vector lands here. */
void _xen_trap(struct __regs *regs);

#endif /* !__ASSEMBLY__ */
#endif /* XEN_XEN_ARCH_H */

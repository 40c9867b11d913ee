/*
 * The x86_64 PV part of the xen platform's private interfaces (included
 * by ../xen.h): the guest's memory layout, the PV ABI structures as laid
 * out on x86_64 (start_info, vcpu_info, shared_info, trap table, MMU
 * updates) and the hypercall instruction. Numbers and layouts are Xen's
 * public ABI (libxen-dev: xen.h, arch-x86/xen*.h), written out here and
 * checked with _Static_assert where a size is part of the ABI.
 */
#ifndef XEN_XEN_ARCH_H
#define XEN_XEN_ARCH_H

/*
 * The image is linked at XEN_VIRT_BASE (ld/x86_64-xen.ld, the VIRT_BASE
 * and PADDR_OFFSET notes in entry.S). libxc maps the guest's pseudo-
 * physical frames linearly from there: frame N is at XEN_VIRT_BASE + N *
 * 4096, for the initial mapping and (setup by memory.c) for the rest of
 * RAM. 3 MiB: libxc rounds the end of the initial mapping up to a 4 MiB
 * boundary and needs every page of it to exist, so a base of 0 costs 4
 * MiB of guest memory, while 3 MiB leaves room for the image, the boot
 * data and libxc's 512 KiB of padding within 1 MiB (memory=1 works). The
 * null page and everything below the base are unmapped: null pointers
 * fault.
 */
#define XEN_VIRT_BASE		0x300000UL
#define XEN_PAGE_SIZE		4096UL
#define XEN_PAGE_SHIFT		12

#ifndef __ASSEMBLY__
#include <stdint.h>
#include <uk/arch/traps.h>

/* arch-x86/xen-x86_64.h */
#define XEN_MACH2PHYS_VIRT_START	0xFFFF800000000000UL
#define XEN_FLAT_KERNEL_CS		0xe033
#define XEN_SEGBASE_FS			0

/* Page-table entries, and the ops of mmu_update / update_va_mapping. */
#define XEN_PTE_P		0x001UL
#define XEN_PTE_RW		0x002UL
#define XEN_PTE_US		0x004UL
#define XEN_PTE_A		0x020UL
#define XEN_PTE_D		0x040UL
#define XEN_PTE_ADDR		0x000ffffffffff000UL
#define XEN_MMU_NORMAL_PT_UPDATE 0
#define XEN_UVMF_INVLPG		2

struct xen_start_info {
	char magic[32];			/* "xen-<version>-<platform>" */
	unsigned long nr_pages;		/* pages given to the domain */
	unsigned long shared_info;	/* MACHINE address */
	uint32_t flags;
	unsigned long store_mfn;
	uint32_t store_evtchn;
	unsigned long console_mfn;	/* console.domU */
	uint32_t console_evtchn;
	unsigned long pt_base;		/* VIRTUAL address of the L4 table */
	unsigned long nr_pt_frames;
	unsigned long mfn_list;		/* VIRTUAL address of the P2M */
	unsigned long mod_start;
	unsigned long mod_len;
	char cmd_line[1024];		/* MAX_GUEST_CMDLINE */
	unsigned long first_p2m_pfn;
	unsigned long nr_p2m_frames;
};
_Static_assert(__builtin_offsetof(struct xen_start_info, cmd_line) == 128,
	       "start_info layout");

struct xen_vcpu_time_info {
	uint32_t version;		/* odd while Xen updates */
	uint32_t pad0;
	uint64_t tsc_timestamp;
	uint64_t system_time;		/* ns since boot at tsc_timestamp */
	uint32_t tsc_to_system_mul;
	int8_t tsc_shift;
	uint8_t flags;
	uint8_t pad1[2];
};

struct xen_vcpu_info {
	uint8_t evtchn_upcall_pending;
	uint8_t evtchn_upcall_mask;
	unsigned long evtchn_pending_sel;
	unsigned long cr2;		/* arch_vcpu_info: #PF address */
	unsigned long pad;
	struct xen_vcpu_time_info time;
};
_Static_assert(sizeof(struct xen_vcpu_info) == 64, "vcpu_info layout");

struct xen_shared_info {
	struct xen_vcpu_info vcpu_info[32];
	unsigned long evtchn_pending[64];
	unsigned long evtchn_mask[64];
	uint32_t wc_version;
	uint32_t wc_sec;
	uint32_t wc_nsec;
	uint32_t wc_sec_hi;
	/* arch_shared_info follows; not used */
};
_Static_assert(__builtin_offsetof(struct xen_shared_info, wc_version) == 3072,
	       "shared_info layout");

struct xen_trap_info {
	uint8_t vector;
	uint8_t flags;			/* 0-1: DPL; 4: mask events */
	uint16_t cs;
	unsigned long address;
};

struct xen_mmu_update {
	uint64_t ptr;			/* machine address of the PTE | op */
	uint64_t val;
};

/*
 * Hypercalls: call into the hypercall page Xen fills in (entry.S), nr *
 * 32 bytes in; arguments in rdi, rsi, rdx, r10, r8; result in rax. The
 * page's stubs clobber rcx and r11 (syscall), and a debug Xen scrambles
 * the argument registers: all are declared clobbered.
 */
extern char _xen_hypercall_page[];

static inline long _xen_hc(unsigned int nr, unsigned long a1,
			   unsigned long a2, unsigned long a3,
			   unsigned long a4, unsigned long a5)
{
	register unsigned long r10 __asm__("r10") = a4;
	register unsigned long r8 __asm__("r8") = a5;
	long ret;

	__asm__ __volatile__("call *%[page]"
			     : "=a"(ret), "+D"(a1), "+S"(a2), "+d"(a3),
			       "+r"(r10), "+r"(r8)
			     : [page] "r"(_xen_hypercall_page + nr * 32)
			     : "rcx", "r11", "memory");
	return ret;
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

static inline long _xen_update_va_mapping(unsigned long va, uint64_t pte,
					  unsigned long flags)
{
	return _xen_hc3(__HYPERVISOR_update_va_mapping, va, pte, flags);
}

/* Ring barriers: writes before the index that publishes them (wmb); the
 * index before the data it covers, and the data before the index that
 * frees it (rmb). x86 keeps loads and stores in order: compiler
 * barriers are enough. */
static inline void _xen_wmb(void)
{
	__asm__ __volatile__("" ::: "memory");
}

static inline void _xen_rmb(void)
{
	__asm__ __volatile__("" ::: "memory");
}

/* Pseudo-physical frame <-> virtual address (linear from the base). */
static inline void *_xen_pfn_to_va(unsigned long pfn)
{
	return (void *)(XEN_VIRT_BASE + (pfn << XEN_PAGE_SHIFT));
}

static inline unsigned long _xen_va_to_pfn(const void *va)
{
	return ((unsigned long)va - XEN_VIRT_BASE) >> XEN_PAGE_SHIFT;
}

/* Machine frame -> pseudo-physical frame: Xen's read-only M2P table. */
static inline unsigned long _xen_mfn_to_pfn(unsigned long mfn)
{
	return ((const unsigned long *)XEN_MACH2PHYS_VIRT_START)[mfn];
}

/* entry.S jumps here on the image's own stack, SSE usable. */
void _xen_start(const struct xen_start_info *si) __attribute__((noreturn));

/* entry.S: trap entry points (16 bytes apart, vectors 0-19) and the
 * event and failsafe callbacks. */
extern const char _xen_trap_stubs[];
void _xen_event_entry(void);
void _xen_failsafe_entry(void);

/* memory.c: maps the RAM beyond the initial mapping, builds the regions. */
void _xen_memory_init(void);

/* crash.c: every CPU exception lands here (entry.S builds the frame). */
void _xen_trap(struct __regs *regs) __attribute__((noreturn));
void _xen_failsafe(void) __attribute__((noreturn));

#endif /* !__ASSEMBLY__ */
#endif /* XEN_XEN_ARCH_H */

/*
 * GDT, TSS (with the IST stacks) and IDT of the boot CPU, and the C side of
 * the trap path: _x86_64_trap_dispatch, called by traps.S for every vector.
 */
#include <stdint.h>
#include <stddef.h>
#include <uk/arch/traps.h>
#include <uk/arch/lcpu.h>

#define GDT_SEL_CODE	0x08
#define GDT_SEL_DATA	0x10
#define GDT_SEL_TSS	0x18

/* IST stack sizes: the crash report and, later, interrupt handlers run on
 * them; they cost .bss only. */
#define IST_EXC_SIZE	8192
#define IST_IRQ_SIZE	16384
#define IST_CRIT_SIZE	8192
enum { IST_EXC = 1, IST_IRQ = 2, IST_CRIT = 3 };

struct tss64 {
	uint32_t reserved0;
	uint64_t rsp[3];
	uint64_t reserved1;
	uint64_t ist[7];
	uint64_t reserved2;
	uint16_t reserved3;
	uint16_t iomap_base;
} __attribute__((packed));

struct idt_gate {
	uint16_t off_lo;
	uint16_t sel;
	uint8_t ist;
	uint8_t type;		/* 0x8e: present, DPL 0, interrupt gate */
	uint16_t off_mid;
	uint32_t off_hi;
	uint32_t reserved;
};

struct desc_ptr {
	uint16_t limit;
	uint64_t base;
} __attribute__((packed));

/* Entry stubs, 8 bytes each (traps.S). */
extern const char _x86_64_trap_stubs[];
void _x86_64_trap_dispatch(struct __regs *regs);

static char ist_exc[IST_EXC_SIZE] __attribute__((aligned(16)));
static char ist_irq[IST_IRQ_SIZE] __attribute__((aligned(16)));
static char ist_crit[IST_CRIT_SIZE] __attribute__((aligned(16)));

static struct tss64 tss __attribute__((aligned(16)));
static struct idt_gate idt[UKARCH_NR_VECTORS] __attribute__((aligned(16)));

/* null, 64-bit code, data, then the 16-byte TSS descriptor (filled in at
 * run time: it holds the TSS address). */
static uint64_t gdt[5] __attribute__((aligned(16))) = {
	0,
	0x00af9a000000ffffULL,	/* code: present, DPL 0, L=1 */
	0x00cf92000000ffffULL,	/* data: present, writable, 4 GiB */
};

static ukarch_trap_handler_t trap_handler;

static void gdt_load(void)
{
	uint64_t base = (uint64_t)&tss;
	uint64_t limit = sizeof(tss) - 1;
	struct desc_ptr p = { sizeof(gdt) - 1, (uint64_t)gdt };

	/* Available 64-bit TSS (type 9), present. */
	gdt[3] = (limit & 0xffff) | ((base & 0xffffff) << 16) |
		 (0x89ULL << 40) | ((limit & 0xf0000) << 32) |
		 ((base & 0xff000000) << 32);
	gdt[4] = base >> 32;

	/* Reload CS with a far return, then the data segments and TR. */
	__asm__ __volatile__(
		"lgdt %0\n\t"
		"pushq %1\n\t"
		"leaq 1f(%%rip), %%rax\n\t"
		"pushq %%rax\n\t"
		"lretq\n"
		"1:\n\t"
		"movl %2, %%eax\n\t"
		"movw %%ax, %%ds\n\t"
		"movw %%ax, %%es\n\t"
		"movw %%ax, %%ss\n\t"
		"movl %3, %%eax\n\t"
		"ltr %%ax"
		:: "m"(p), "i"(GDT_SEL_CODE), "i"(GDT_SEL_DATA),
		   "i"(GDT_SEL_TSS)
		: "rax", "memory");
}

static unsigned int vector_ist(unsigned int v)
{
	if (v == X86_TRAP_NMI || v == X86_TRAP_DF || v == X86_TRAP_MC)
		return IST_CRIT;
	return v < UKARCH_NR_EXCEPTIONS ? IST_EXC : IST_IRQ;
}

static void idt_load(void)
{
	struct desc_ptr p = { sizeof(idt) - 1, (uint64_t)idt };
	unsigned int v;

	for (v = 0; v < UKARCH_NR_VECTORS; v++) {
		uint64_t off = (uint64_t)_x86_64_trap_stubs + 8 * v;

		idt[v].off_lo = off & 0xffff;
		idt[v].sel = GDT_SEL_CODE;
		idt[v].ist = vector_ist(v);
		idt[v].type = 0x8e;
		idt[v].off_mid = (off >> 16) & 0xffff;
		idt[v].off_hi = off >> 32;
		idt[v].reserved = 0;
	}
	__asm__ __volatile__("lidt %0" :: "m"(p) : "memory");
}

void ukarch_traps_init(void)
{
	tss.ist[IST_EXC - 1] = (uint64_t)(ist_exc + sizeof(ist_exc));
	tss.ist[IST_IRQ - 1] = (uint64_t)(ist_irq + sizeof(ist_irq));
	tss.ist[IST_CRIT - 1] = (uint64_t)(ist_crit + sizeof(ist_crit));
	tss.iomap_base = sizeof(tss);	/* no I/O permission bitmap */
	gdt_load();
	idt_load();
}

ukarch_trap_handler_t ukarch_trap_handler_set(ukarch_trap_handler_t handler)
{
	ukarch_trap_handler_t old = trap_handler;

	trap_handler = handler;
	return old;
}

void _x86_64_trap_dispatch(struct __regs *regs)
{
	/* Read once: a handler may install another one. */
	ukarch_trap_handler_t h =
		*(ukarch_trap_handler_t volatile *)&trap_handler;

	if (!h)
		ukarch_halt_forever();
	h(regs);
}

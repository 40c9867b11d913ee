/*
 * x86_64 traps: the register frame every vector saves, and the one hook a
 * platform installs to handle exceptions and interrupts.
 *
 * Every vector (0-255) enters on an IST stack, so code interrupted anywhere
 * (including an application's red zone) is never overwritten:
 *   IST1  CPU exceptions (0-31 except the three below)
 *   IST2  external and software interrupts (32-255)
 *   IST3  NMI (2), double fault (8), machine check (18)
 * The entry stubs save all general-purpose registers (struct __regs) and
 * the x87/SSE state (fxsave, 512 bytes, 16-byte aligned, below the frame),
 * call the handler, then restore both and iretq: a handler that returns
 * resumes the interrupted code with its registers (and any change the
 * handler made to *regs). Handlers run with interrupts disabled.
 */
#ifndef UK_ARCH_TRAPS_H
#define UK_ARCH_TRAPS_H

#define UKARCH_NR_VECTORS	256
#define UKARCH_NR_EXCEPTIONS	32	/* vectors 0-31 are CPU exceptions */

#define X86_TRAP_NMI	2
#define X86_TRAP_BP	3
#define X86_TRAP_DF	8
#define X86_TRAP_GP	13
#define X86_TRAP_PF	14
#define X86_TRAP_MC	18

/* Byte offsets in struct __regs, for assembly. */
#define __REGS_OFF_VECTOR	(15 * 8)
#define __REGS_OFF_ERROR	(16 * 8)
#define __REGS_OFF_RIP		(17 * 8)
#define __REGS_SIZE		(22 * 8)

#ifdef __ASSEMBLY__
/* Push (pop) the general-purpose registers in the order of struct __regs,
 * on top of [vector][error][rip][cs][rflags][rsp][ss]: every platform's
 * trap entry builds the same frame. */
.macro UKARCH_PUSH_GPRS
	pushq %rax
	pushq %rbx
	pushq %rcx
	pushq %rdx
	pushq %rsi
	pushq %rdi
	pushq %rbp
	pushq %r8
	pushq %r9
	pushq %r10
	pushq %r11
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
.endm
.macro UKARCH_POP_GPRS
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %r11
	popq %r10
	popq %r9
	popq %r8
	popq %rbp
	popq %rdi
	popq %rsi
	popq %rdx
	popq %rcx
	popq %rbx
	popq %rax
.endm
#else

/* The trap frame, lowest address first: as pushed by the entry stub
 * (r15 .. rax, vector, error code) and by the CPU (rip .. ss). */
struct __regs {
	unsigned long r15, r14, r13, r12, r11, r10, r9, r8;
	unsigned long rbp, rdi, rsi, rdx, rcx, rbx, rax;
	unsigned long vector;		/* 0-255 */
	unsigned long error_code;	/* 0 when the CPU pushes none */
	unsigned long rip, cs, rflags, rsp, ss;
};

_Static_assert(sizeof(struct __regs) == __REGS_SIZE, "struct __regs layout");

/* Called for every vector; see the top of this file. */
typedef void (*ukarch_trap_handler_t)(struct __regs *regs);

/*
 * Loads this CPU's GDT (flat code/data, TSS with the IST stacks) and an
 * IDT whose 256 gates all lead to the current handler. Call once, early,
 * with interrupts disabled; selectors afterwards: code 0x08, data 0x10.
 * Until a handler is set, any trap halts the CPU. No errors.
 */
void ukarch_traps_init(void);

/* Installs the handler for all vectors; returns the previous one (NULL at
 * first). Takes effect for the next trap. No errors. */
ukarch_trap_handler_t ukarch_trap_handler_set(ukarch_trap_handler_t handler);

/* Returns a short name for a vector ("#PF page fault", "interrupt", ...);
 * never NULL. */
const char *ukarch_trap_name(unsigned long vector);

/* Writes RSP, RFLAGS, CS, SS and the 15 general-purpose registers of *regs,
 * three per line, each line starting with prefix, through out (e.g.
 * ukplat_coutk). Needs no memory allocation and no libc. */
void ukarch_regs_dump(const struct __regs *regs, const char *prefix,
		      int (*out)(const char *buf, unsigned int len));

/* Writes the crash report of an exception through out (e.g. ukplat_coutk),
 * each line starting with "[crash] ": name, vector and error code; RIP with
 * its symbol name and offset (uk_symtab_lookup); for a page fault,
 * fault_addr (the platform's CR2); the registers. Needs no allocation and
 * no libc. */
void ukarch_crash_report(const struct __regs *regs, unsigned long fault_addr,
			 int (*out)(const char *buf, unsigned int len));

/* Vectors that ukarch_irq_onstack_set accepts. */
#define UKARCH_IRQ_ONSTACK_FIRST	32
#define UKARCH_IRQ_ONSTACK_COUNT	16

/*
 * Makes interrupt vector run its handler on the stack it interrupted
 * instead of the IRQ IST stack: the entry moves the CPU's frame below the
 * interrupted code's 128-byte red zone, then saves registers and calls the
 * handler as for any vector. A handler of such a vector may switch to
 * another thread and come back later (the periodic tick, uk/plat/time.h);
 * the interrupted stack needs about 1 KiB more than the handler itself.
 * Only vectors UKARCH_IRQ_ONSTACK_FIRST to +COUNT-1; call after
 * ukarch_traps_init, with interrupts disabled. Returns 0 or -EINVAL.
 */
int ukarch_irq_onstack_set(unsigned int vector);

/* Turns on x87/SSE (CR0.EM off, CR0.MP on, CR0.TS off, CR4.OSFXSR and
 * OSXMMEXCPT on) and resets x87/MXCSR state. Assembly, no stack use beyond
 * its return address, clobbers rax only: platforms call it from their
 * entry code before any C. (AVX/XSAVE are not enabled.) */
void ukarch_sse_enable(void);

#endif /* __ASSEMBLY__ */
#endif /* UK_ARCH_TRAPS_H */

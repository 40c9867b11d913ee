/*
 * arm64 exceptions: the register frame every vector saves, and the one
 * hook a platform installs to handle exceptions and interrupts.
 *
 * Platforms that run at EL1 (kvm, xen) run their threads on SP_EL0 (the
 * "EL1t" mode) and keep SP_EL1 for exceptions, the way x86_64 uses IST
 * stacks:
 *   synchronous exceptions and SErrors enter on SP_EL1, an exception
 *     stack of their own, so a stack overflow into a guard page is
 *     reported too;
 *   IRQs and FIQs enter on the interrupted thread's stack (SP_EL0): a
 *     handler may switch to another thread and come back later (the
 *     periodic tick, uk/plat/time.h), its frame staying on the stack of
 *     the thread it interrupted. AAPCS64 has no red zone, so nothing
 *     below the interrupted sp is live.
 * The entry saves all general-purpose registers (struct __regs), then
 * FPSR, FPCR and v0-v31 just above them (UKARCH_FPSTATE_SIZE bytes),
 * calls the handler, restores both and returns with eret: a handler that
 * returns resumes the interrupted code with its registers (and any change
 * the handler made to *regs). Handlers start with IRQs masked; one may
 * unmask them (the tick does), and the return path masks them again
 * before it restores ELR_EL1 and SPSR_EL1.
 */
#ifndef UK_ARCH_TRAPS_H
#define UK_ARCH_TRAPS_H

/* struct __regs.vector: the vector table entry, 0-15: source group * 4
 * + kind. Groups: 0 current EL with SP_EL0 (threads), 1 current EL with
 * SP_EL1 (the exception stack: a fault in a handler), 2 lower EL in
 * AArch64, 3 lower EL in AArch32 (never used: nothing runs below). */
#define UKARCH_NR_VECTORS	16
#define UKARCH_VEC_SYNC		0
#define UKARCH_VEC_IRQ		1
#define UKARCH_VEC_FIQ		2
#define UKARCH_VEC_SERROR	3
#define UKARCH_VEC_KIND(v)	((v) & 3)

/* ESR_EL1 exception classes the reports and platforms look at. */
#define ARM64_ESR_EC(esr)	(((esr) >> 26) & 0x3f)
#define ARM64_EC_UNKNOWN	0x00
#define ARM64_EC_SVC64		0x15
#define ARM64_EC_IABT_CUR	0x21	/* instruction abort, same EL */
#define ARM64_EC_PC_ALIGN	0x22
#define ARM64_EC_DABT_CUR	0x25	/* data abort, same EL */
#define ARM64_EC_SP_ALIGN	0x26
#define ARM64_EC_BRK64		0x3c

/* Byte offsets in struct __regs, for assembly. */
#define __REGS_OFF_SP		(31 * 8)
#define __REGS_OFF_PC		(32 * 8)
#define __REGS_OFF_PSTATE	(33 * 8)
#define __REGS_OFF_ESR		(34 * 8)
#define __REGS_OFF_FAR		(35 * 8)
#define __REGS_OFF_VECTOR	(36 * 8)
#define __REGS_SIZE		(38 * 8)
/* FPSR, FPCR, then q0-q31, right above struct __regs. */
#define UKARCH_FPSTATE_SIZE	(16 + 32 * 16)
#define UKARCH_TRAP_FRAME	(__REGS_SIZE + UKARCH_FPSTATE_SIZE)

#ifndef __ASSEMBLY__

struct __regs {
	unsigned long x[31];	/* x0-x30: x29 is the frame pointer, x30 lr */
	unsigned long sp;	/* the interrupted code's stack pointer */
	unsigned long pc;	/* ELR_EL1: where it resumes */
	unsigned long pstate;	/* SPSR_EL1 */
	unsigned long esr;	/* ESR_EL1 (synchronous exceptions, SErrors) */
	unsigned long far;	/* FAR_EL1 (aborts: the faulting address) */
	unsigned long vector;	/* 0-15, see above */
	unsigned long pad;
};

_Static_assert(sizeof(struct __regs) == __REGS_SIZE, "struct __regs layout");

/* Called for every vector; see the top of this file. */
typedef void (*ukarch_trap_handler_t)(struct __regs *regs);

/*
 * Installs the vector table (VBAR_EL1), unmasks SErrors and debug
 * exceptions, and makes thread switches save DAIF (uk/arch/ctx.h). Call
 * once, early, at EL1 with IRQs masked, after the platform has put the
 * exception stack in SP_EL1 and switched to SP_EL0. Until a handler is
 * set, any exception halts the CPU. No errors.
 */
void ukarch_traps_init(void);

/* Installs the handler for all vectors; returns the previous one (NULL at
 * first). Takes effect for the next exception. No errors. */
ukarch_trap_handler_t ukarch_trap_handler_set(ukarch_trap_handler_t handler);

/* Returns a short name for the exception of *regs ("data abort",
 * "interrupt", ...) from its vector and ESR's class; never NULL. */
const char *ukarch_trap_name(const struct __regs *regs);

/* Writes SP, PC, PSTATE and x0-x30 of *regs, four per line, each line
 * starting with prefix, through out (e.g. ukplat_coutk). Needs no memory
 * allocation and no libc. */
void ukarch_regs_dump(const struct __regs *regs, const char *prefix,
		      int (*out)(const char *buf, unsigned int len));

/* Writes the crash report of an exception through out (e.g.
 * ukplat_coutk), each line starting with "[crash] ": name, vector and
 * ESR; PC with its symbol name and offset (uk_symtab_lookup); for an
 * abort, fault_addr (FAR); the registers; then a backtrace through the
 * frame records (x29 chain) with symbol names, up to 16 frames, stopping
 * at a null, misaligned or descending frame pointer. Needs no allocation
 * and no libc. */
void ukarch_crash_report(const struct __regs *regs, unsigned long fault_addr,
			 int (*out)(const char *buf, unsigned int len));

#endif /* __ASSEMBLY__ */
#endif /* UK_ARCH_TRAPS_H */

/*
 * arm exceptions as crash reports see them: the register frame and its
 * names. The only platform of this architecture (linuxu) gets its faults
 * as signals from the kernel, which stands for the CPU's exception
 * vectors: the platform fills struct __regs from the signal's context
 * and names the exception the kernel took (plat/linuxu/arm/ucontext.c).
 */
#ifndef UK_ARCH_TRAPS_H
#define UK_ARCH_TRAPS_H

/* struct __regs.vector: the ARM exception vector (offset / 4 in the
 * vector table) that the fault came through. */
#define ARM_VEC_RESET		0
#define ARM_VEC_UNDEF		1	/* undefined instruction */
#define ARM_VEC_SVC		2
#define ARM_VEC_PABT		3	/* prefetch abort */
#define ARM_VEC_DABT		4	/* data abort */
#define ARM_VEC_IRQ		6
#define ARM_VEC_FIQ		7
#define UKARCH_NR_VECTORS	8

#ifndef __ASSEMBLY__

struct __regs {
	unsigned long r[13];	/* r0-r12 (r11 is the ARM-mode frame pointer) */
	unsigned long sp;	/* r13 */
	unsigned long lr;	/* r14 */
	unsigned long pc;	/* r15: the faulting instruction */
	unsigned long cpsr;	/* mode, flags, T (Thumb) */
	unsigned long vector;	/* ARM_VEC_* */
	unsigned long fsr;	/* fault status (the kernel's error_code), or 0 */
	unsigned long pad;
};

_Static_assert(sizeof(struct __regs) == 20 * 4, "struct __regs layout");

/* Returns a short name for the exception of *regs ("data abort",
 * "undefined instruction", ...), from its vector; never NULL. */
const char *ukarch_trap_name(const struct __regs *regs);

/* Writes r0-r12, SP, LR, PC and CPSR of *regs, four per line, each line
 * starting with prefix, through out (e.g. ukplat_coute). Needs no memory
 * allocation and no libc. */
void ukarch_regs_dump(const struct __regs *regs, const char *prefix,
		      int (*out)(const char *buf, unsigned int len));

/* Writes the crash report of an exception through out (e.g.
 * ukplat_coute), each line starting with "[crash] ": name, vector and
 * fault status; PC and LR with their symbol names and offsets
 * (uk_symtab_lookup); for a data abort, fault_addr; the registers. Needs
 * no allocation and no libc. */
void ukarch_crash_report(const struct __regs *regs, unsigned long fault_addr,
			 int (*out)(const char *buf, unsigned int len));

#endif /* __ASSEMBLY__ */
#endif /* UK_ARCH_TRAPS_H */

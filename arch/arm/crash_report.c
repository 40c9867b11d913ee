/*
 * The crash report of an exception, as on the other architectures: name,
 * vector and fault status, PC and LR with their symbols (the image's
 * symbol table, through ukdebug), the faulting address of a data abort,
 * the registers. Built with its own tiny formatter: printf may be what
 * crashed. No backtrace: ARM code keeps no frame records that every
 * compiler agrees on (GCC's Thumb code chains r7, ARM code r11, neither
 * by default), so the LR stands for the caller.
 */
#include <uk/arch/traps.h>
#include <uk/crashline.h>
#include <uk/symtab.h>

#define PREFIX		UK_CRASH_PREFIX

/* "NAME 0x%08lx name+0xoff" (Thumb addresses have bit 0 set). */
static void put_code(struct uk_crashline *l, const char *reg, unsigned long addr,
		     int (*out)(const char *, unsigned int))
{
	const char *name;
	unsigned long off;

	uk_crashline_str(l, PREFIX);
	uk_crashline_str(l, reg);
	uk_crashline_str(l, " ");
	uk_crashline_hex(l, addr, 8);
	if (uk_symtab_lookup(addr & ~1UL, &name, &off) == 0) {
		uk_crashline_str(l, " ");
		uk_crashline_str(l, name);
		uk_crashline_str(l, "+");
		uk_crashline_hex(l, off, 0);
	} else {
		uk_crashline_str(l, " (no symbol)");
	}
	uk_crashline_end(l, out);
}

void ukarch_crash_report(const struct __regs *regs, unsigned long fault_addr,
			 int (*out)(const char *buf, unsigned int len))
{
	struct uk_crashline l = { .len = 0 };
	char v[2] = { (char)('0' + regs->vector % 10), 0 };

	uk_crashline_str(&l, PREFIX);
	uk_crashline_str(&l, ukarch_trap_name(regs));
	uk_crashline_str(&l, " (vector ");
	uk_crashline_str(&l, v);
	uk_crashline_str(&l, ") fsr ");
	uk_crashline_hex(&l, regs->fsr, 8);
	uk_crashline_end(&l, out);
	put_code(&l, "PC", regs->pc, out);
	put_code(&l, "LR", regs->lr, out);
	if (regs->vector == ARM_VEC_DABT) {
		uk_crashline_str(&l, PREFIX "FAR ");
		uk_crashline_hex(&l, fault_addr, 8);
		uk_crashline_str(&l, " (faulting address)");
		uk_crashline_end(&l, out);
	}
	ukarch_regs_dump(regs, PREFIX, out);
}

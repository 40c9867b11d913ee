/*
 * The crash report every platform prints for a CPU exception: vector and
 * name, error code, RIP with its symbol (the image's symbol table, through
 * ukdebug), the faulting address of a page fault, and the registers. Built
 * with its own tiny formatter: printf may be what crashed.
 */
#include <uk/arch/traps.h>
#include <uk/crashline.h>
#include <uk/symtab.h>

#define PREFIX		UK_CRASH_PREFIX

void ukarch_crash_report(const struct __regs *regs, unsigned long fault_addr,
			 int (*out)(const char *buf, unsigned int len))
{
	struct uk_crashline l;
	const char *name;
	unsigned long off;

	l.len = 0;	/* no initializer: it would zero buf through memset */
	uk_crashline_str(&l, PREFIX);
	uk_crashline_str(&l, ukarch_trap_name(regs->vector));
	uk_crashline_str(&l, " (vector ");
	uk_crashline_dec(&l, regs->vector);
	uk_crashline_str(&l, ") error ");
	uk_crashline_hex(&l, regs->error_code, 16);
	uk_crashline_end(&l, out);

	uk_crashline_str(&l, PREFIX "RIP ");
	uk_crashline_hex(&l, regs->rip, 16);
	if (uk_symtab_lookup(regs->rip, &name, &off) == 0) {
		uk_crashline_str(&l, " ");
		uk_crashline_str(&l, name);
		uk_crashline_str(&l, "+");
		uk_crashline_hex(&l, off, 0);
	} else {
		uk_crashline_str(&l, " (no symbol)");
	}
	uk_crashline_end(&l, out);

	if (regs->vector == X86_TRAP_PF) {
		uk_crashline_str(&l, PREFIX "CR2 ");
		uk_crashline_hex(&l, fault_addr, 16);
		uk_crashline_str(&l, " (faulting address)");
		uk_crashline_end(&l, out);
	}
	ukarch_regs_dump(regs, PREFIX, out);
}

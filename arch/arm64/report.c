/*
 * Human-readable exception information for crash reports: names from the
 * vector and ESR's exception class, and a register dump. Self-contained
 * (no printf): it runs when anything else may be broken.
 */
#include <uk/arch/traps.h>
#include <uk/crashline.h>

/* Exception classes with a name, one string: each name follows a byte
 * that is its class + 1 (so that class 0 is not a NUL); looked up only
 * in reports. The classes only a lower EL raises are left out: nothing
 * runs below EL1 ("synchronous exception" and ESR name them). */
static const char ec_names[] =
	"\x01unknown reason (undefined)\0"
	"\x02WFI/WFE trapped\0"
	"\x08" "FP/SIMD access trapped\0"
	"\x0fillegal execution state\0"
	"\x16SVC instruction\0"
	"\x17HVC instruction\0"
	"\x18SMC instruction\0"
	"\x19system register access\0"
	"\x22instruction abort\0"
	"\x23PC alignment fault\0"
	"\x26" "data abort\0"
	"\x27SP alignment fault\0"
	"\x2d" "floating-point exception\0"
	"\x30SError\0"
	"\x32" "breakpoint\0"
	"\x34software step\0"
	"\x36watchpoint\0"
	"\x3d" "BRK instruction\0";

const char *ukarch_trap_name(const struct __regs *regs)
{
	unsigned int ec = ARM64_ESR_EC(regs->esr);
	const char *s;

	switch (UKARCH_VEC_KIND(regs->vector)) {
	case UKARCH_VEC_IRQ:
		return "interrupt";
	case UKARCH_VEC_FIQ:
		return "fast interrupt";
	case UKARCH_VEC_SERROR:
		return "SError (asynchronous abort)";
	}
	for (s = ec_names; s < ec_names + sizeof(ec_names) - 1; ) {
		if ((unsigned char)*s == ec + 1)
			return s + 1;
		while (*s++)
			;
	}
	return "synchronous exception";
}

void ukarch_regs_dump(const struct __regs *regs, const char *prefix,
		      int (*out)(const char *buf, unsigned int len))
{
	char line[160], name[4];
	unsigned int i, pos, plen;

	for (plen = 0; prefix[plen] && plen < 32; plen++)
		line[plen] = prefix[plen];
	pos = plen;
	uk_crashline_reg(line, &pos, "SP", regs->sp);
	uk_crashline_reg(line, &pos, "PSTATE", regs->pstate);
	line[pos - 1] = '\n';
	out(line, pos);
	pos = plen;
	for (i = 0; i < 31; i++) {
		name[0] = 'X';
		name[1] = i < 10 ? '0' + i : '0' + i / 10;
		name[2] = i < 10 ? '\0' : '0' + i % 10;
		name[3] = '\0';
		uk_crashline_reg(line, &pos, name, regs->x[i]);
		if (i % 4 == 3 || i == 30) {
			line[pos - 1] = '\n';
			out(line, pos);
			pos = plen;
		}
	}
}

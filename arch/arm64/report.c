/*
 * Human-readable exception information for crash reports: names from the
 * vector and ESR's exception class, and a register dump. Self-contained
 * (no printf): it runs when anything else may be broken.
 */
#include <uk/arch/traps.h>

/* Exception classes with a name: class, then the name; one string, looked
 * up only in reports. */
static const struct {
	unsigned char ec;
	char name[31];
} ec_names[] = {
	{ 0x00, "unknown reason (undefined)" },
	{ 0x01, "WFI/WFE trapped" },
	{ 0x07, "FP/SIMD access trapped" },
	{ 0x0e, "illegal execution state" },
	{ 0x15, "SVC instruction" },
	{ 0x16, "HVC instruction" },
	{ 0x17, "SMC instruction" },
	{ 0x18, "system register access" },
	{ 0x20, "instruction abort (lower EL)" },
	{ 0x21, "instruction abort" },
	{ 0x22, "PC alignment fault" },
	{ 0x24, "data abort (lower EL)" },
	{ 0x25, "data abort" },
	{ 0x26, "SP alignment fault" },
	{ 0x2c, "floating-point exception" },
	{ 0x2f, "SError" },
	{ 0x30, "breakpoint (lower EL)" },
	{ 0x31, "breakpoint" },
	{ 0x32, "software step (lower EL)" },
	{ 0x33, "software step" },
	{ 0x34, "watchpoint (lower EL)" },
	{ 0x35, "watchpoint" },
	{ 0x3c, "BRK instruction" },
};

const char *ukarch_trap_name(const struct __regs *regs)
{
	unsigned int i, ec = ARM64_ESR_EC(regs->esr);

	switch (UKARCH_VEC_KIND(regs->vector)) {
	case UKARCH_VEC_IRQ:
		return "interrupt";
	case UKARCH_VEC_FIQ:
		return "fast interrupt";
	case UKARCH_VEC_SERROR:
		return "SError (asynchronous abort)";
	}
	for (i = 0; i < sizeof(ec_names) / sizeof(ec_names[0]); i++)
		if (ec_names[i].ec == ec)
			return ec_names[i].name;
	return "synchronous exception";
}

/* Appends "NAME 0x%016lx " to buf at *pos. */
static void put_reg(char *buf, unsigned int *pos, const char *name,
		    unsigned long v)
{
	unsigned int p = *pos;
	int i;

	while (*name)
		buf[p++] = *name++;
	buf[p++] = ' ';
	buf[p++] = '0';
	buf[p++] = 'x';
	for (i = 60; i >= 0; i -= 4)
		buf[p++] = "0123456789abcdef"[(v >> i) & 0xf];
	buf[p++] = ' ';
	*pos = p;
}

void ukarch_regs_dump(const struct __regs *regs, const char *prefix,
		      int (*out)(const char *buf, unsigned int len))
{
	char line[160], name[4];
	unsigned int i, pos, plen;

	for (plen = 0; prefix[plen] && plen < 32; plen++)
		line[plen] = prefix[plen];
	pos = plen;
	put_reg(line, &pos, "SP", regs->sp);
	put_reg(line, &pos, "PSTATE", regs->pstate);
	line[pos - 1] = '\n';
	out(line, pos);
	pos = plen;
	for (i = 0; i < 31; i++) {
		name[0] = 'X';
		name[1] = i < 10 ? '0' + i : '0' + i / 10;
		name[2] = i < 10 ? '\0' : '0' + i % 10;
		name[3] = '\0';
		put_reg(line, &pos, name, regs->x[i]);
		if (i % 4 == 3 || i == 30) {
			line[pos - 1] = '\n';
			out(line, pos);
			pos = plen;
		}
	}
}

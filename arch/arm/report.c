/*
 * Human-readable trap information for crash reports: exception names and
 * a register dump. Self-contained (no printf): it runs when anything else
 * may be broken.
 */
#include <uk/arch/traps.h>
#include <uk/crashline.h>

/* The names of vectors 0-7, in order, NUL-separated: one string instead
 * of 8 pointers; looked up only in reports. */
static const char vec_names[] =
	"reset\0"
	"undefined instruction\0"
	"supervisor call\0"
	"prefetch abort\0"
	"data abort\0"
	"reserved exception\0"
	"interrupt\0"
	"fast interrupt";

const char *ukarch_trap_name(const struct __regs *regs)
{
	const char *s = vec_names;
	unsigned long v = regs->vector;

	if (v >= UKARCH_NR_VECTORS)
		return "exception";
	for (; v; v--)
		while (*s++)
			;
	return s;
}

void ukarch_regs_dump(const struct __regs *regs, const char *prefix,
		      int (*out)(const char *buf, unsigned int len))
{
	static const char names[17][5] = {
		"R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9",
		"R10", "R11", "R12", "SP", "LR", "PC", "CPSR",
	};
	char buf[128];
	unsigned int i, pos = 0;

	for (i = 0; i < 17; i++) {
		if (!pos)
			while (prefix[pos])
				buf[pos] = prefix[pos], pos++;
		/* r[], sp, lr, pc, cpsr are consecutive words */
		uk_crashline_reg(buf, &pos, names[i], (&regs->r[0])[i]);
		if (i % 4 == 3 || i == 16) {
			buf[pos - 1] = '\n';
			out(buf, pos);
			pos = 0;
		}
	}
}

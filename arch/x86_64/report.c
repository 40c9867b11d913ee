/*
 * Human-readable trap information for crash reports: vector names and a
 * register dump. Self-contained (no printf): it runs when anything else may
 * be broken.
 */
#include <uk/arch/traps.h>
#include <uk/crashline.h>

/* The names of vectors 0-31, in order, NUL-separated ("" for reserved
 * ones): one string instead of 32 pointers; looked up only in reports. */
static const char exc_names[] =
	"#DE divide error\0"			/* 0 */
	"#DB debug\0"
	"NMI non-maskable interrupt\0"
	"#BP breakpoint\0"
	"#OF overflow\0"
	"#BR bound range exceeded\0"		/* 5 */
	"#UD invalid opcode\0"
	"#NM device not available\0"
	"#DF double fault\0"
	"coprocessor segment overrun\0"
	"#TS invalid TSS\0"			/* 10 */
	"#NP segment not present\0"
	"#SS stack-segment fault\0"
	"#GP general protection\0"
	"#PF page fault\0"
	"\0"					/* 15 */
	"#MF x87 floating-point error\0"
	"#AC alignment check\0"
	"#MC machine check\0"
	"#XM SIMD floating-point exception\0"
	"#VE virtualization exception\0"	/* 20 */
	"#CP control protection\0"
	"\0\0\0\0\0\0"				/* 22-27 */
	"#HV hypervisor injection\0"
	"#VC VMM communication\0"
	"#SX security exception\0";		/* 30; 31: the final NUL */

const char *ukarch_trap_name(unsigned long vector)
{
	const char *s = exc_names;

	if (vector >= UKARCH_NR_EXCEPTIONS)
		return "interrupt";
	for (; vector; vector--)
		while (*s++)
			;
	return *s ? s : "reserved exception";
}

void ukarch_regs_dump(const struct __regs *regs, const char *prefix,
		      int (*out)(const char *buf, unsigned int len))
{
	/* Display order: names, and each one's index in struct __regs
	 * (an array of unsigned long, r15 first). */
	static const char names[] = "RSP\0RFLAGS\0CS\0SS\0RAX\0RBX\0RCX\0"
		"RDX\0RSI\0RDI\0RBP\0R8\0R9\0R10\0R11\0R12\0R13\0R14\0R15";
	static const unsigned char idx[] = {
		20, 19, 18, 21, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
	};
	const unsigned long *v = &regs->r15;
	const char *n = names;
	char line[160];
	unsigned int i, pos, plen;

	for (plen = 0; prefix[plen] && plen < 32; plen++)
		line[plen] = prefix[plen];
	pos = plen;
	for (i = 0; i < sizeof(idx); i++) {
		uk_crashline_reg(line, &pos, n, v[idx[i]]);
		while (*n++)
			;
		/* First line: 4 registers, then 3 per line. */
		if (i % 3 == 0 && i) {
			line[pos - 1] = '\n';
			out(line, pos);
			pos = plen;
		}
	}
}

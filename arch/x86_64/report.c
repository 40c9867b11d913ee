/*
 * Human-readable trap information for crash reports: vector names and a
 * register dump. Self-contained (no printf): it runs when anything else may
 * be broken.
 */
#include <uk/arch/traps.h>

static const char *const exc_names[UKARCH_NR_EXCEPTIONS] = {
	[0] = "#DE divide error",
	[1] = "#DB debug",
	[2] = "NMI non-maskable interrupt",
	[3] = "#BP breakpoint",
	[4] = "#OF overflow",
	[5] = "#BR bound range exceeded",
	[6] = "#UD invalid opcode",
	[7] = "#NM device not available",
	[8] = "#DF double fault",
	[9] = "coprocessor segment overrun",
	[10] = "#TS invalid TSS",
	[11] = "#NP segment not present",
	[12] = "#SS stack-segment fault",
	[13] = "#GP general protection",
	[14] = "#PF page fault",
	[16] = "#MF x87 floating-point error",
	[17] = "#AC alignment check",
	[18] = "#MC machine check",
	[19] = "#XM SIMD floating-point exception",
	[20] = "#VE virtualization exception",
	[21] = "#CP control protection",
	[28] = "#HV hypervisor injection",
	[29] = "#VC VMM communication",
	[30] = "#SX security exception",
};

const char *ukarch_trap_name(unsigned long vector)
{
	if (vector >= UKARCH_NR_EXCEPTIONS)
		return "interrupt";
	return exc_names[vector] ? exc_names[vector] : "reserved exception";
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
	/* Name and value, in display order. */
	const struct { const char *n; unsigned long v; } r[] = {
		{ "RSP", regs->rsp }, { "RFLAGS", regs->rflags },
		{ "CS", regs->cs }, { "SS", regs->ss },
		{ "RAX", regs->rax }, { "RBX", regs->rbx },
		{ "RCX", regs->rcx }, { "RDX", regs->rdx },
		{ "RSI", regs->rsi }, { "RDI", regs->rdi },
		{ "RBP", regs->rbp }, { "R8", regs->r8 }, { "R9", regs->r9 },
		{ "R10", regs->r10 }, { "R11", regs->r11 },
		{ "R12", regs->r12 }, { "R13", regs->r13 },
		{ "R14", regs->r14 }, { "R15", regs->r15 },
	};
	/* First line: 4 registers, then 3 per line. */
	const unsigned int per_line[] = { 4, 3, 3, 3, 3, 3 };
	char line[160];
	unsigned int i = 0, l, k, pos, plen;

	for (plen = 0; prefix[plen] && plen < 32; plen++)
		line[plen] = prefix[plen];
	for (l = 0; l < sizeof(per_line) / sizeof(per_line[0]); l++) {
		pos = plen;
		for (k = 0; k < per_line[l]; k++, i++)
			put_reg(line, &pos, r[i].n, r[i].v);
		line[pos - 1] = '\n';
		out(line, pos);
	}
}

/*
 * The handler of every trap vector: CPU exceptions print a crash report and
 * stop with UKPLAT_CRASH_STATUS; other vectors (no device interrupts are
 * enabled yet) are reported and ignored. The report is built with its own
 * tiny formatter: printf may be what crashed.
 */
#include <uk/arch/lcpu.h>
#include <uk/arch/traps.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/console.h>
#include <uk/symtab.h>
#include "kvm.h"

#define PREFIX	"[crash] "

struct line {
	char buf[160];
	unsigned int len;
};

static void put_str(struct line *l, const char *s)
{
	while (*s && l->len < sizeof(l->buf) - 1)
		l->buf[l->len++] = *s++;
}

/* digits == 0: as few digits as needed. */
static void put_hex(struct line *l, unsigned long v, int digits)
{
	char tmp[16];
	int n = 0;

	do {
		tmp[n++] = "0123456789abcdef"[v & 0xf];
		v >>= 4;
	} while (v || n < digits);
	put_str(l, "0x");
	while (n && l->len < sizeof(l->buf) - 1)
		l->buf[l->len++] = tmp[--n];
}

static void put_dec(struct line *l, unsigned long v)
{
	char tmp[20];
	int n = 0;

	do {
		tmp[n++] = '0' + v % 10;
		v /= 10;
	} while (v);
	while (n && l->len < sizeof(l->buf) - 1)
		l->buf[l->len++] = tmp[--n];
}

static void line_end(struct line *l)
{
	l->buf[l->len++] = '\n';
	ukplat_coutk(l->buf, l->len);
	l->len = 0;
}

static void report(const struct __regs *regs)
{
	struct line l;
	const char *name;
	unsigned long off;

	l.len = 0;	/* no initializer: it would zero buf through memset */
	put_str(&l, PREFIX);
	put_str(&l, ukarch_trap_name(regs->vector));
	put_str(&l, " (vector ");
	put_dec(&l, regs->vector);
	put_str(&l, ") error ");
	put_hex(&l, regs->error_code, 16);
	line_end(&l);

	put_str(&l, PREFIX "RIP ");
	put_hex(&l, regs->rip, 16);
	if (uk_symtab_lookup(regs->rip, &name, &off) == 0) {
		put_str(&l, " ");
		put_str(&l, name);
		put_str(&l, "+");
		put_hex(&l, off, 0);
	} else {
		put_str(&l, " (no symbol)");
	}
	line_end(&l);

	if (regs->vector == X86_TRAP_PF) {
		put_str(&l, PREFIX "CR2 ");
		put_hex(&l, ukarch_read_cr2(), 16);
		put_str(&l, " (faulting address)");
		line_end(&l);
	}
	ukarch_regs_dump(regs, PREFIX, ukplat_coutk);
}

void _kvm_trap(struct __regs *regs)
{
	static int in_crash;
	struct line l;

	if (regs->vector >= UKARCH_NR_EXCEPTIONS) {
		l.len = 0;
		put_str(&l, "[kvm] unexpected interrupt, vector ");
		put_dec(&l, regs->vector);
		put_str(&l, ", ignored");
		line_end(&l);
		return;
	}
	if (in_crash) {
		/* The report itself faulted: stop without it. */
		_kvm_puts(PREFIX "trap during the crash report\n");
		ukplat_crash();
	}
	in_crash = 1;
	report(regs);
	ukplat_crash();
}

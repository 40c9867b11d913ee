/*
 * CPU exceptions (the PV trap table, entry.S): print the same crash report
 * as kvm (vector, RIP with its symbol, CR2 for page faults, registers) and
 * stop with UKPLAT_CRASH_STATUS. Xen hands the faulting address of a #PF
 * in vcpu_info, not in CR2. The report is built with its own tiny
 * formatter: printf may be what crashed.
 */
#include <uk/arch/traps.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/console.h>
#include <uk/symtab.h>
#include "xen.h"

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
		put_hex(&l, _xen_shared ? _XEN_VCPU0->cr2 : 0, 16);
		put_str(&l, " (faulting address)");
		line_end(&l);
	}
	ukarch_regs_dump(regs, PREFIX, ukplat_coutk);
}

void _xen_trap(struct __regs *regs)
{
	static int in_crash;

	if (in_crash) {
		/* The report itself faulted: stop without it. */
		_xen_puts(PREFIX "trap during the crash report\n");
		ukplat_crash();
	}
	in_crash = 1;
	/* Xen keeps the saved upcall mask in bits 32-39 of the CS slot. */
	regs->cs &= 0xffff;
	report(regs);
	ukplat_crash();
}

void _xen_failsafe(void)
{
	_xen_fatal("failsafe callback: bad segment on return from Xen\n");
}

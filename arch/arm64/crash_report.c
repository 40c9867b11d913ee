/*
 * The crash report every platform prints for an exception: name, vector
 * and ESR, PC with its symbol (the image's symbol table, through
 * ukdebug), the faulting address of an abort, the registers, and a
 * backtrace through the frame records. Built with its own tiny formatter:
 * printf may be what crashed.
 */
#include <uk/arch/traps.h>
#include <uk/crashline.h>
#include <uk/symtab.h>

#define PREFIX		UK_CRASH_PREFIX
#define BT_MAX		16

/* " name+0xoff" or " (no symbol)". */
static void put_sym(struct uk_crashline *l, unsigned long addr)
{
	const char *name;
	unsigned long off;

	if (uk_symtab_lookup(addr, &name, &off) == 0) {
		uk_crashline_str(l, " ");
		uk_crashline_str(l, name);
		uk_crashline_str(l, "+");
		uk_crashline_hex(l, off, 0);
	} else {
		uk_crashline_str(l, " (no symbol)");
	}
}

static int is_abort(const struct __regs *regs)
{
	unsigned int ec = ARM64_ESR_EC(regs->esr);

	return UKARCH_VEC_KIND(regs->vector) == UKARCH_VEC_SYNC &&
	       (ec == 0x20 || ec == 0x21 || ec == 0x24 || ec == 0x25 ||
		ec == 0x34 || ec == 0x35);
}

/* One backtrace line: "  #N ADDR name+off". */
static void frame(struct uk_crashline *l, int (*out)(const char *, unsigned int),
		  int i, unsigned long addr)
{
	uk_crashline_str(l, PREFIX "  #");
	if (i >= 10)
		uk_crashline_str(l, "1");
	l->buf[l->len++] = '0' + i % 10;
	uk_crashline_str(l, " ");
	uk_crashline_hex(l, addr, 16);
	put_sym(l, addr);
	uk_crashline_end(l, out);
}

/* The frame records: x29 points to {caller's x29, return address}. The
 * return address is the instruction after the call: the call is 4 bytes
 * before, which is where the symbol lookup should land. Frame pointers
 * grow towards higher addresses, one stack only: a walk that goes down,
 * or off a 16-byte boundary, stops. */
static void backtrace(const struct __regs *regs, struct uk_crashline *l,
		      int (*out)(const char *, unsigned int))
{
	const unsigned long *fp = (const unsigned long *)regs->x[29];
	unsigned long lo = regs->sp;
	int i;

	const char *pcname, *lrname;
	unsigned long off;

	uk_crashline_str(l, PREFIX "backtrace:");
	uk_crashline_end(l, out);
	i = 0;
	frame(l, out, i++, regs->pc);
	/* A leaf function keeps its caller in LR only: LR in another
	 * function than PC, and not the first frame record's return
	 * address, is that caller. */
	if (uk_symtab_lookup(regs->pc, &pcname, &off) == 0 &&
	    uk_symtab_lookup(regs->x[30], &lrname, &off) == 0 &&
	    pcname != lrname && regs->x[30] &&
	    (!fp || ((unsigned long)fp & 15) || fp[1] != regs->x[30]))
		frame(l, out, i++, regs->x[30] - 4);
	for (; i < BT_MAX; i++) {
		unsigned long ret;

		if (!fp || ((unsigned long)fp & 15) ||
		    (unsigned long)fp < lo)
			break;
		ret = fp[1];
		if (!ret)
			break;
		frame(l, out, i, ret - 4);
		lo = (unsigned long)fp + 16;
		fp = (const unsigned long *)fp[0];
	}
}

void ukarch_crash_report(const struct __regs *regs, unsigned long fault_addr,
			 int (*out)(const char *buf, unsigned int len))
{
	struct uk_crashline l;

	l.len = 0;	/* no initializer: it would zero buf through memset */
	uk_crashline_str(&l, PREFIX);
	uk_crashline_str(&l, ukarch_trap_name(regs));
	uk_crashline_str(&l, " (vector ");
	if (regs->vector >= 10)
		uk_crashline_str(&l, "1");
	l.buf[l.len++] = '0' + regs->vector % 10;
	uk_crashline_str(&l, ") ESR ");
	uk_crashline_hex(&l, regs->esr, 8);
	uk_crashline_end(&l, out);

	uk_crashline_str(&l, PREFIX "PC ");
	uk_crashline_hex(&l, regs->pc, 16);
	put_sym(&l, regs->pc);
	uk_crashline_end(&l, out);

	/* The caller of a leaf function, which keeps no frame record. */
	uk_crashline_str(&l, PREFIX "LR ");
	uk_crashline_hex(&l, regs->x[30], 16);
	put_sym(&l, regs->x[30]);
	uk_crashline_end(&l, out);

	if (is_abort(regs)) {
		uk_crashline_str(&l, PREFIX "FAR ");
		uk_crashline_hex(&l, fault_addr, 16);
		uk_crashline_str(&l, " (faulting address)");
		uk_crashline_end(&l, out);
	}
	ukarch_regs_dump(regs, PREFIX, out);
	backtrace(regs, &l, out);
}

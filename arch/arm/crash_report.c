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
#include <uk/symtab.h>

#define PREFIX		"[crash] "

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
	char tmp[8];
	int n = 0;

	do {
		tmp[n++] = "0123456789abcdef"[v & 0xf];
		v >>= 4;
	} while (v || n < digits);
	put_str(l, "0x");
	while (n && l->len < sizeof(l->buf) - 1)
		l->buf[l->len++] = tmp[--n];
}

static void line_end(struct line *l, int (*out)(const char *, unsigned int))
{
	l->buf[l->len++] = '\n';
	out(l->buf, l->len);
	l->len = 0;
}

/* "NAME 0x%08lx name+0xoff" (Thumb addresses have bit 0 set). */
static void put_code(struct line *l, const char *reg, unsigned long addr,
		     int (*out)(const char *, unsigned int))
{
	const char *name;
	unsigned long off;

	put_str(l, PREFIX);
	put_str(l, reg);
	put_str(l, " ");
	put_hex(l, addr, 8);
	if (uk_symtab_lookup(addr & ~1UL, &name, &off) == 0) {
		put_str(l, " ");
		put_str(l, name);
		put_str(l, "+");
		put_hex(l, off, 0);
	} else {
		put_str(l, " (no symbol)");
	}
	line_end(l, out);
}

void ukarch_crash_report(const struct __regs *regs, unsigned long fault_addr,
			 int (*out)(const char *buf, unsigned int len))
{
	struct line l = { .len = 0 };
	char v[2] = { (char)('0' + regs->vector % 10), 0 };

	put_str(&l, PREFIX);
	put_str(&l, ukarch_trap_name(regs));
	put_str(&l, " (vector ");
	put_str(&l, v);
	put_str(&l, ") fsr ");
	put_hex(&l, regs->fsr, 8);
	line_end(&l, out);
	put_code(&l, "PC", regs->pc, out);
	put_code(&l, "LR", regs->lr, out);
	if (regs->vector == ARM_VEC_DABT) {
		put_str(&l, PREFIX "FAR ");
		put_hex(&l, fault_addr, 8);
		put_str(&l, " (faulting address)");
		line_end(&l, out);
	}
	ukarch_regs_dump(regs, PREFIX, out);
}

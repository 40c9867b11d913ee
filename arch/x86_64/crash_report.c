/*
 * The crash report every platform prints for a CPU exception: vector and
 * name, error code, RIP with its symbol (the image's symbol table, through
 * ukdebug), the faulting address of a page fault, and the registers. Built
 * with its own tiny formatter: printf may be what crashed.
 */
#include <uk/arch/traps.h>
#include <uk/symtab.h>

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

static void line_end(struct line *l, int (*out)(const char *, unsigned int))
{
	l->buf[l->len++] = '\n';
	out(l->buf, l->len);
	l->len = 0;
}

void ukarch_crash_report(const struct __regs *regs, unsigned long fault_addr,
			 int (*out)(const char *buf, unsigned int len))
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
	line_end(&l, out);

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
	line_end(&l, out);

	if (regs->vector == X86_TRAP_PF) {
		put_str(&l, PREFIX "CR2 ");
		put_hex(&l, fault_addr, 16);
		put_str(&l, " (faulting address)");
		line_end(&l, out);
	}
	ukarch_regs_dump(regs, PREFIX, out);
}

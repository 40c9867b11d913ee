/*
 * The virtio-mmio devices QEMU names on the command line (uk/plat/bus.h):
 * with no ACPI to describe them (microvm, acpi=off), QEMU appends one
 * word virtio_mmio.device=SIZE@BASE:IRQ[:ID] per transport that has a
 * device, as Linux's virtio_mmio module reads them. Each word is taken
 * out of the command line here, at ukbus's init, before main's argv is
 * built; a transport whose device ID reads 0 holds no device.
 */
#include <uk/plat/bus.h>
#include <uk/plat/irq.h>
#include "kvm.h"

#define MAX_VMMIO	8
#define VMMIO_MAGIC	0x74726976U	/* "virt" */
#define REG_MAGIC	0x000
#define REG_VERSION	0x004
#define REG_DEVICE	0x008
#define REG_VENDOR	0x00c

static const char key[] = "virtio_mmio.device=";
static struct ukbus_device devs[MAX_VMMIO];

/* A number in C syntax (decimal, 0x hex), with an optional K, M or G
 * suffix; *s is moved past it. */
static unsigned long number(const char **s)
{
	const char *p = *s;
	unsigned long v = 0, base = 10;

	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
		p += 2, base = 16;
	for (;; p++) {
		unsigned int d;

		if (*p >= '0' && *p <= '9')
			d = *p - '0';
		else if (base == 16 && (*p | 0x20) >= 'a' && (*p | 0x20) <= 'f')
			d = (*p | 0x20) - 'a' + 10;
		else
			break;
		v = v * base + d;
	}
	if (*p == 'K' || *p == 'k')
		v <<= 10, p++;
	else if (*p == 'M' || *p == 'm')
		v <<= 20, p++;
	else if (*p == 'G' || *p == 'g')
		v <<= 30, p++;
	*s = p;
	return v;
}

/* Parses the value of one word (after the key) into @d; 0 if it is not
 * SIZE@BASE:IRQ or holds no device. */
static int parse(const char *s, struct ukbus_device *d, unsigned int i)
{
	volatile unsigned int *regs;
	unsigned long size = number(&s), base, irq;

	if (*s++ != '@')
		return 0;
	base = number(&s);
	if (*s++ != ':')
		return 0;
	irq = number(&s);
	if (!size || !base || (*s && *s != ':' && *s != ' ') ||
	    !_kvm_phys_mapped(base, size))
		return 0;
	regs = (volatile unsigned int *)base;
	if (regs[REG_MAGIC / 4] != VMMIO_MAGIC || !regs[REG_DEVICE / 4])
		return 0;
	d->bus = UKBUS_VIRTIO_MMIO;
	d->addr = i;
	d->vendor = regs[REG_VENDOR / 4];
	d->device = regs[REG_DEVICE / 4];
	d->subdevice = regs[REG_VERSION / 4];
	d->res[0].base = base;
	d->res[0].len = size;
	d->res[0].flags = UKBUS_RES_MEM;
	d->irq = (unsigned int)irq;
	d->irq_flags = UKPLAT_IRQ_EDGE;
	_kvm_fmt_name(d->name, "virtio-mmio ", i);
	return 1;
}

/* Whether the command line holds @key at @p, at the start of a word. */
static int at_key(const char *line, const char *p)
{
	unsigned int i;

	if (p != line && p[-1] != ' ')
		return 0;
	for (i = 0; key[i]; i++)
		if (p[i] != key[i])
			return 0;
	return 1;
}

int _kvm_vmmio_scan(int (*found)(struct ukbus_device *dev, void *arg),
		    void *arg)
{
	char *line = _kvm_cmdline, *p = line, *q;
	unsigned int n = 0, stop = 0;

	while (*p) {
		if (!at_key(line, p)) {
			p++;
			continue;
		}
		if (!stop && n < MAX_VMMIO && parse(p + sizeof(key) - 1,
						    &devs[n], n))
			stop = found(&devs[n++], arg);
		/* Cut the word and one blank next to it out of the line. */
		for (q = p; *q && *q != ' '; q++)
			;
		if (*q == ' ')
			q++;
		else if (p != line)
			p--;
		while ((*p++ = *q++))
			;
		p = line;
	}
	return (int)n;
}

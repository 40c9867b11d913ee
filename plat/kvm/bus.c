/*
 * The machine's buses (uk/plat/bus.h): PCI (pci.c) then the virtio-mmio
 * devices of the command line (virtio_mmio.c). A forced member, reached
 * only through ukbus's weak reference: LTO drops all of it from images
 * without ukbus.
 */
#include <uk/plat/bus.h>
#include <uk/plat/irq.h>
#include "kvm.h"

#define VMMIO_MAGIC	0x74726976U	/* "virt" */
#define VMMIO_VERSION	0x004
#define VMMIO_DEVICE	0x008
#define VMMIO_VENDOR	0x00c

struct stop {
	int (*found)(struct ukbus_device *dev, void *arg);
	void *arg;
	int stopped;
};

static int relay(struct ukbus_device *dev, void *arg)
{
	struct stop *s = arg;

	s->stopped = s->found(dev, s->arg);
	return s->stopped;
}

/* A found() for the virtio-mmio words of a scan that was stopped. */
static int ignore(struct ukbus_device *dev, void *arg)
{
	(void)dev;
	(void)arg;
	return 1;
}

int ukplat_bus_enumerate(int (*found)(struct ukbus_device *dev, void *arg),
			 void *arg)
{
	struct stop s = { found, arg, 0 };
	int n = _kvm_pci_scan(relay, &s);

	if (s.stopped) {
		/* The command-line words go even so. */
		_kvm_vmmio_scan(ignore, 0);
		return n;
	}
	return n + _kvm_vmmio_scan(relay, &s);
}

void _kvm_fmt_name(char *out, const char *prefix, unsigned int addr)
{
	static const char hex[] = "0123456789abcdef";
	unsigned int n = 0;

	while (*prefix)
		out[n++] = *prefix++;
	if (out[0] == 'p') {	/* "pci BB:DD.F" */
		out[n++] = hex[addr >> 12 & 15];
		out[n++] = hex[addr >> 8 & 15];
		out[n++] = ':';
		out[n++] = hex[addr >> 7 & 1];
		out[n++] = hex[addr >> 3 & 15];
		out[n++] = '.';
		out[n++] = hex[addr & 7];
	} else {		/* "virtio-mmio N" */
		out[n++] = hex[addr % 10];
	}
	out[n] = '\0';
}

int _kvm_vmmio_probe(struct ukbus_device *d, unsigned long base,
		     unsigned long size, unsigned int irq, unsigned int i)
{
	volatile unsigned int *regs = (volatile unsigned int *)base;

	if (regs[0] != VMMIO_MAGIC || !regs[VMMIO_DEVICE / 4])
		return 0;
	d->bus = UKBUS_VIRTIO_MMIO;
	d->addr = i;
	d->vendor = regs[VMMIO_VENDOR / 4];
	d->device = regs[VMMIO_DEVICE / 4];
	d->subdevice = regs[VMMIO_VERSION / 4];
	d->res[0].base = base;
	d->res[0].len = size;
	d->res[0].flags = UKBUS_RES_MEM;
	d->irq = irq;
	d->irq_flags = UKPLAT_IRQ_EDGE;
	_kvm_fmt_name(d->name, "virtio-mmio ", i);
	return 1;
}

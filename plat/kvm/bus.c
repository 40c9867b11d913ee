/*
 * The machine's buses (uk/plat/bus.h): PCI (pci.c) then the virtio-mmio
 * devices of the command line (virtio_mmio.c). A forced member, reached
 * only through ukbus's weak reference: LTO drops all of it from images
 * without ukbus.
 */
#include <uk/plat/bus.h>
#include "kvm.h"

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

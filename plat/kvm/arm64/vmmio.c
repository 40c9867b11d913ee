/*
 * The virtio-mmio devices of the device tree (uk/plat/bus.h): nodes
 * compatible with "virtio,mmio" (QEMU virt has 32 transports at
 * 0x0a000000, 512 bytes apart, on SPIs 16-47), in device-tree order; a
 * transport whose device ID reads 0 holds no device and is skipped. For
 * ../bus.c, reached through weak references only.
 */
#include <uk/plat/bus.h>
#include "arm64.h"
#include "fdt_api.h"

#define MAX_VMMIO	8

static struct ukbus_device devs[MAX_VMMIO];

/* Fills @d from transport @node; 0 if it holds no device. */
static int probe(int node, struct ukbus_device *d, unsigned int i)
{
	unsigned long base, size;

	if (_kvm_dtb_reg(node, 0, &base, &size) < 0 || !size)
		return 0;
	return _kvm_vmmio_probe(d, base, size, _kvm_dtb_irq(node, 0), i);
}

int _kvm_vmmio_scan(int (*found)(struct ukbus_device *dev, void *arg),
		    void *arg)
{
	const void *fdt = _kvm_machine.fdt;
	unsigned int n = 0;
	int node = -1;

	while (n < MAX_VMMIO) {
		node = fdt_node_offset_by_compatible(fdt, node, "virtio,mmio");
		if (node < 0)
			break;
		if (probe(node, &devs[n], n) && found(&devs[n++], arg))
			break;
	}
	return (int)n;
}

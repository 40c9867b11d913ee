/*
 * The host bridge driver: matches the bridges of QEMU's machines by ID
 * and any other by class (06 00: host bridge), and records the first one
 * in the class. Registered with ukbus (UKBUS_DRIVER), reached only
 * through the .uk_drivers section: a forced member.
 */
#include <errno.h>
#include <uk/bus.h>
#include "pcihost.h"

static const char *const names[] = { "PCI host bridge", "i440FX", "Q35 MCH" };

static const struct ukbus_match ids[] = {
	{ UKBUS_PCI, 0x8086, 0x1237, 0, 0, 0, 1 },	/* QEMU pc */
	{ UKBUS_PCI, 0x8086, 0x29c0, 0, 0, 0, 2 },	/* QEMU q35 */
	{ UKBUS_PCI, UKBUS_ANY, UKBUS_ANY, 0x060000, 0xffff00, 0, 0 },
	{ UKBUS_NONE, 0, 0, 0, 0, 0, 0 },
};

static int probe(struct ukbus_device *dev, const struct ukbus_match *id)
{
	if (_ukpcihost_found.dev)
		return -ENODEV;		/* one is enough */
	_ukpcihost_found.name = names[id->data];
	_ukpcihost_found.dev = dev;
	return 0;
}

static const struct ukbus_driver pcihost_driver = {
	.name = "pcihost",
	.ids = ids,
	.probe = probe,
};

UKBUS_DRIVER(pcihost_driver);

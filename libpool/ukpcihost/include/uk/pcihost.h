/*
 * PCI host bridges (ukpcihost): the smallest driver class there is, and
 * the model for bigger ones (docs/architecture.md, "Adding a driver").
 * Its driver (driver.c) registers with ukbus and claims the machine's
 * host bridge at boot; this API tells what it found. Consumer half only:
 * the driver half is private to the library.
 */
#ifndef UK_PCIHOST_H
#define UK_PCIHOST_H

#include <uk/bus.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_pcihost {
	const char *name;		/* "i440FX", "Q35 MCH", "PCI host bridge" */
	const struct ukbus_device *dev;	/* vendor, device, name ("pci 00:00.0") */
};

/* The host bridge the driver claimed at boot, or NULL when the machine
 * has none (no PCI: QEMU microvm, xen, linuxu). */
const struct uk_pcihost *uk_pcihost_get(void);

#ifdef __cplusplus
}
#endif

#endif /* UK_PCIHOST_H */

/*
 * The bus and driver model (ukbus): buses find devices, drivers claim
 * them. Consumer half (listing devices) and driver half (registering a
 * driver, its match table, its probe function) in one small header; the
 * platform half is uk/plat/bus.h.
 *
 * Boot: ukbus's init (init level UK_INIT_LIB, after the allocator, before
 * file systems and network) asks the platform for every device of every
 * bus it has (ukplat_bus_enumerate: kvm x86_64 scans PCI bus 0..255
 * through config space and takes the virtio-mmio devices QEMU names on
 * the command line; xen and linuxu have none yet), then offers each
 * device to the registered drivers in link order: the first whose match
 * table matches and whose probe returns 0 owns it. A device nobody
 * claims stays listed, without a driver.
 *
 * Drivers register in a linker section (UKBUS_DRIVER), from a file their
 * library lists under `forced` in its manifest: nothing calls a driver by
 * name (CONVENTIONS.md, habit 3), so the driver is linked whenever its
 * library is. A driver's library is linked when the application uses
 * something of it, typically the class API its drivers serve (a network
 * driver: the netdev class), or with `uklink --lib NAME`. ukbus itself
 * is linked only when a driver (or the application) is: hello world has
 * none of this. The platform's bus code is a forced member reached only
 * through weak references (uk/plat/bus.h): LTO drops it from images
 * without ukbus.
 *
 * One CPU, boot-time only: devices are found once; no hot plug, no
 * removal. Functions returning int return 0 or a negative errno.
 * Documentation: docs/architecture.md, "Adding a driver".
 */
#ifndef UK_BUS_H
#define UK_BUS_H

#ifdef __cplusplus
extern "C" {
#endif

/* Kinds of bus. A match table ends with an entry of bus UKBUS_NONE. */
enum ukbus_kind {
	UKBUS_NONE = 0,
	UKBUS_PCI,		/* PCI/PCIe function: vendor, device, class */
	UKBUS_VIRTIO_MMIO,	/* virtio over MMIO: vendor, device = the
				 * virtio vendor and device ID (1 = net) */
	UKBUS_XEN,		/* xenbus frontend: type = "vif", ... */
	UKBUS_PLATFORM,		/* fixed or device-tree device: type = its
				 * "compatible" string */
};

/* A device's address ranges: PCI BARs (index = BAR number), the
 * virtio-mmio window (index 0). */
#define UKBUS_NR_RES		6
#define UKBUS_RES_MEM		0x1	/* memory-mapped (else unused) */
#define UKBUS_RES_IO		0x2	/* x86 I/O ports */
#define UKBUS_RES_64		0x4	/* PCI: 64-bit BAR (takes two slots) */
#define UKBUS_RES_PREFETCH	0x8	/* PCI: prefetchable */

struct ukbus_res {
	unsigned long base;	/* physical (MEM) or port (IO) address */
	unsigned long len;	/* bytes; 0: no such range */
	unsigned int flags;	/* UKBUS_RES_* */
};

/* No interrupt line. */
#define UKBUS_NO_IRQ		0xffffffffU

/*
 * A device, as its bus found it. The bus fills in everything but driver
 * and priv before probing; nothing changes it afterwards except its
 * driver (priv). Valid for the whole run.
 */
struct ukbus_device {
	enum ukbus_kind bus;
	/* Where it is on its bus: PCI bus << 8 | device << 3 | function;
	 * virtio-mmio: the order on the command line; xen: the device id
	 * under device/<type>/. */
	unsigned int addr;
	unsigned int vendor;	/* PCI vendor ID; virtio vendor ID */
	unsigned int device;	/* PCI device ID; virtio device ID */
	unsigned int subvendor;	/* PCI subsystem vendor ID (else 0) */
	unsigned int subdevice;	/* PCI subsystem ID; virtio-mmio: version */
	unsigned int class_code;/* PCI class << 16 | subclass << 8 | prog-if */
	const char *type;	/* xen, platform: the type name; else NULL */
	struct ukbus_res res[UKBUS_NR_RES];
	unsigned int irq;	/* line for ukplat_irq_register, or
				 * UKBUS_NO_IRQ */
	unsigned int irq_flags;	/* UKPLAT_IRQ_EDGE or UKPLAT_IRQ_LEVEL */
	unsigned int dma_peer;	/* peer for ukplat_dma_map (xen: the
				 * backend's domid; else 0) */
	char name[24];		/* "pci 00:03.0", "virtio-mmio 0", ... */
	const struct ukbus_driver *driver;	/* owner, NULL if none */
	void *priv;		/* the owner's */
};

/* Wildcard for the numeric fields of a match entry. */
#define UKBUS_ANY		0xffffffffU

/*
 * One line of a driver's match table. A device matches when the bus is
 * the same, vendor and device are equal or UKBUS_ANY,
 * (device class_code & class_mask) == class_code, and type (when not
 * NULL) is equal. data is for the driver (a variant number).
 */
struct ukbus_match {
	enum ukbus_kind bus;
	unsigned int vendor, device;
	unsigned int class_code, class_mask;
	const char *type;
	unsigned long data;
};

struct ukbus_driver {
	const char *name;			/* for messages */
	const struct ukbus_match *ids;		/* ends with bus UKBUS_NONE */
	/*
	 * Takes @dev (which matched @id): maps its ranges, registers its
	 * interrupt, sets dev->priv, registers the device with its class
	 * (netdev, ...). Returns 0 if it took the device; -ENODEV if the
	 * device is not one it serves after all (the next driver is
	 * tried); another negative errno if it failed (reported on the
	 * console with the device and driver names; the device stays
	 * without a driver). Runs in thread context at init time: may
	 * allocate and sleep.
	 */
	int (*probe)(struct ukbus_device *dev, const struct ukbus_match *id);
};

/* The driver table (section .uk_drivers, ukbus's drivers.ld): entries in
 * link order. The entry names ukbus_probe_all, so that a driver's library
 * links ukbus. */
struct ukbus_driver_entry {
	const struct ukbus_driver *driver;
	int (*core)(void);
};

/* Finds the devices and offers them to the drivers, once: ukbus's init
 * (UK_INIT_LIB) calls it; a later call does nothing. Returns the number
 * of devices, or a negative errno from the platform. */
int ukbus_probe_all(void);

#define _UKBUS_CAT(a, b) a##b
/* Registers @drv (a struct ukbus_driver). In a `forced` source only. */
#define UKBUS_DRIVER(drv)						\
	static const struct ukbus_driver_entry _UKBUS_CAT(_ukbus_drv_, drv) \
	__attribute__((used, section(".uk_drivers"),			\
		       aligned(sizeof(void *)))) = { &(drv), ukbus_probe_all }

/*
 * Consumer API: the devices found at boot, in bus order (the platform's
 * enumeration order), with or without a driver.
 */
/* How many devices were found (0 when the platform has no bus). */
int ukbus_count(void);

/* The @i-th device (0 <= @i < ukbus_count()), or NULL. */
struct ukbus_device *ukbus_get(int i);

/*
 * PCI configuration space of a UKBUS_PCI device, for its driver (the
 * platform's access, uk/plat/bus.h). @off is the register's byte offset
 * (0-255; PCIe extended space 256-4095 where the platform has ECAM),
 * @size 1, 2 or 4 and @off a multiple of it. Reads of a bad @off, @size
 * or device give all ones; such writes are ignored.
 */
unsigned int ukbus_pci_read(const struct ukbus_device *dev, unsigned int off,
			    unsigned int size);
void ukbus_pci_write(const struct ukbus_device *dev, unsigned int off,
		     unsigned int size, unsigned int val);

/* The offset of the first capability of ID @cap_id in the device's list
 * after offset @after (0: from the start), or -ENOENT. Virtio's vendor
 * capabilities (ID 0x09) come several: call again with the last offset. */
int ukbus_pci_cap_find(const struct ukbus_device *dev, unsigned int cap_id,
		       unsigned int after);

/* Turns on memory and I/O decoding and bus mastering (DMA) in the
 * command register. */
void ukbus_pci_enable(const struct ukbus_device *dev);

/* MSI-X: gives entries 0 to @n - 1 of the device's vector table a
 * message-signalled line each (ukplat_irq_msi_alloc, uk/plat/irq.h),
 * written to @lines[], and enables MSI-X (the device stops using its
 * INTx line). Returns how many entries got a line (1 to @n: fewer when
 * the table or the platform has fewer), -ENOENT (no MSI-X capability),
 * -ENOTSUP (the platform has no MSI, or the table is not in a memory
 * BAR), -ENOSPC (no line left: MSI-X stays off). Register the lines with
 * UKPLAT_IRQ_EDGE. Call after ukbus_pci_enable (the table is in a BAR). */
int ukbus_pci_msix_enable(const struct ukbus_device *dev, unsigned int n,
			  unsigned int *lines);

#ifdef __cplusplus
}
#endif

#endif /* UK_BUS_H */

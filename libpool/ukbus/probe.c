/*
 * Boot-time probing (uk/bus.h): the platform's devices (uk/plat/bus.h)
 * go into the device table, then each is offered to the drivers of the
 * .uk_drivers table. A forced member: its init entry is reached only
 * through the init table.
 */
#include <errno.h>
#include <uk/bus.h>
#include <uk/init.h>
#include <uk/print.h>
#include <uk/plat/bus.h>

/* Devices beyond this are not listed (reported once). */
#define MAX_DEVICES	64

extern const struct ukbus_driver_entry __uk_drivers_start[];
extern const struct ukbus_driver_entry __uk_drivers_end[];

static struct ukbus_device *devices[MAX_DEVICES];
static int nr_devices;
static int probed;

static int add(struct ukbus_device *dev, void *arg)
{
	(void)arg;
	if (nr_devices == MAX_DEVICES) {
		uk_pr_warn("more than %d devices: %s and the rest "
			   "are not listed\n", MAX_DEVICES, dev->name);
		return 1;
	}
	devices[nr_devices++] = dev;
	return 0;
}

static int matches(const struct ukbus_device *dev, const struct ukbus_match *m)
{
	const char *a = m->type, *b = dev->type;

	if (m->bus != dev->bus)
		return 0;
	if ((m->vendor != UKBUS_ANY && m->vendor != dev->vendor) ||
	    (m->device != UKBUS_ANY && m->device != dev->device) ||
	    (dev->class_code & m->class_mask) != m->class_code)
		return 0;
	if (!a)
		return 1;
	if (!b)
		return 0;
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/* The first line of @drv's table that matches @dev, or NULL. */
static const struct ukbus_match *match(const struct ukbus_driver *drv,
				       const struct ukbus_device *dev)
{
	const struct ukbus_match *m;

	for (m = drv->ids; m && m->bus != UKBUS_NONE; m++)
		if (matches(dev, m))
			return m;
	return 0;
}

/* Offers @dev to the drivers in table order until one takes it. */
static void attach(struct ukbus_device *dev)
{
	const struct ukbus_driver_entry *e;

	for (e = __uk_drivers_start; e < __uk_drivers_end; e++) {
		const struct ukbus_driver *drv = e->driver;
		const struct ukbus_match *m = match(drv, dev);
		int r;

		if (!m)
			continue;
		r = drv->probe(dev, m);
		if (r == 0) {
			dev->driver = drv;
			uk_pr_info("%s %04x:%04x: driver %s\n", dev->name,
				   dev->vendor, dev->device, drv->name);
			return;
		}
		if (r != -ENODEV) {
			uk_pr_err("%s: driver %s failed: %d\n",
				  dev->name, drv->name, r);
			return;
		}
	}
}

int ukbus_probe_all(void)
{
	int i, r;

	if (probed)
		return nr_devices;
	probed = 1;
	if (!ukplat_bus_enumerate)
		return 0;	/* a platform without buses */
	r = ukplat_bus_enumerate(add, 0);
	if (r < 0)
		return r;
	for (i = 0; i < nr_devices; i++) {
		attach(devices[i]);
		if (!devices[i]->driver)
			uk_pr_info("%s %04x:%04x: no driver\n",
				   devices[i]->name, devices[i]->vendor,
				   devices[i]->device);
	}
	return nr_devices;
}

int ukbus_count(void)
{
	return nr_devices;
}

struct ukbus_device *ukbus_get(int i)
{
	return i >= 0 && i < nr_devices ? devices[i] : 0;
}

static int ukbus_init(void)
{
	int r = ukbus_probe_all();

	return r < 0 ? r : 0;
}

UK_INIT(ukbus_init, UK_INIT_LIB);

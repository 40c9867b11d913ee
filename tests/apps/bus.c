/* Lists what ukbus found at boot, one line per device, and the host
 * bridge the ukpcihost driver claimed (tests/test_bus.py). Arguments are
 * printed too: the virtio-mmio words QEMU appends must not reach them. */
#include <stdio.h>
#include <uk/bus.h>
#include <uk/pcihost.h>

int main(int argc, char *argv[])
{
	const struct uk_pcihost *h = uk_pcihost_get();
	int i;

	for (i = 1; i < argc; i++)
		printf("arg %s\n", argv[i]);
	for (i = 0; i < ukbus_count(); i++) {
		const struct ukbus_device *d = ukbus_get(i);

		printf("dev %s %04x:%04x class %06x irq %d res0 %lx+%lx "
		       "driver %s\n", d->name, d->vendor, d->device,
		       d->class_code, d->irq == UKBUS_NO_IRQ ? -1 : (int)d->irq,
		       d->res[0].base, d->res[0].len,
		       d->driver ? d->driver->name : "-");
	}
	if (h)
		printf("host bridge %s %04x:%04x at %s\n", h->name,
		       h->dev->vendor, h->dev->device, h->dev->name);
	else
		printf("host bridge none\n");
	return 0;
}

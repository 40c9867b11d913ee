/* The host-bridge class and ukbus on the default machines of every
 * platform: QEMU microvm (kvm on x86_64), xen and linuxu have no PCI, so
 * ukbus finds no PCI device and the class has no bridge; QEMU virt (kvm
 * on arm64) has a PCIe host bridge alone on its bus (ECAM), which the
 * driver claims by class. The boot-time probe ran (ukbus_probe_all
 * answers from its table) and did not crash. tests/test_bus.py boots
 * QEMU pc and q35, where the driver claims the bridge by ID. */
#include <stdio.h>
#include <uk/bus.h>
#include <uk/pcihost.h>
#include <uk/test.h>

int main(void)
{
	int i, n = ukbus_count(), pci = 0;

	for (i = 0; i < n; i++)
		pci += ukbus_get(i)->bus == UKBUS_PCI;
	printf("ukbus: %d devices, %d on PCI\n", n, pci);
	CHECK(n >= 0 && ukbus_get(n) == NULL && ukbus_get(-1) == NULL);
	CHECK(ukbus_probe_all() == n);
	if (pci) {
		CHECK(pci == 1 && ukbus_get(0)->bus == UKBUS_PCI &&
		      ukbus_get(0)->class_code >> 8 == 0x0600);
		CHECK(uk_pcihost_get() != NULL);
	} else {
		CHECK(uk_pcihost_get() == NULL);
	}
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return 0;
}

/*
 * Private interfaces between the files of the kvm platform library
 * (symbols named _kvm_*, see docs/architecture.md) that do not depend on
 * the architecture. Each architecture's part (plat/kvm/ARCH/) adds its own
 * in ARCH/ (x86_64: x86_64.h).
 */
#ifndef KVM_KVM_H
#define KVM_KVM_H

#include <uk/arch/traps.h>
/* What every platform shares: _kvm_puts, _kvm_fatal, _kvm_crash,
 * _kvm_tcb_init, _kvm_memregion_add/reserve. */
#include "../common/plat.h"

/* The console: programs the device. */
void _kvm_console_init(void);

/* The handler of every trap vector (installed in the arch). */
void _kvm_trap(struct __regs *regs);

/* cmdline.c: the command line (Linux's x86 limit, COMMAND_LINE_SIZE),
 * copied from the boot loader's by _kvm_cmdline_set. */
#define KVM_CMDLINE_MAX		2048
extern char _kvm_cmdline[KVM_CMDLINE_MAX];
void _kvm_cmdline_set(const char *s);

/* The buses (bus.c): PCI (pci.c) and virtio-mmio (virtio_mmio.c) scans
 * in ukplat_bus_enumerate's terms; a device name, prefix and address ("pci " and bus << 8 | dev << 3 | fn:
 * "pci 00:03.0"; else prefix and a decimal digit). */
struct ukbus_device;
int _kvm_pci_scan(int (*found)(struct ukbus_device *dev, void *arg),
		  void *arg);
int _kvm_vmmio_scan(int (*found)(struct ukbus_device *dev, void *arg),
		    void *arg);
void _kvm_fmt_name(char *out, const char *prefix, unsigned int addr);

/* Whether [base, base + len) is mapped (the architecture's boot page
 * tables), so that device registers found there can be read. */
int _kvm_phys_mapped(unsigned long base, unsigned long len);

#endif /* KVM_KVM_H */

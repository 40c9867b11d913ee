/*
 * Platform contract: device interrupts. OPTIONAL (callers check the weak
 * reference): kvm, xen and linuxu implement it (docs/architecture.md,
 * "Adding a driver").
 *
 * A line is the platform's number for one source of interrupts, as the
 * bus that found the device gives it (struct ukbus_device.irq, uk/bus.h):
 *   kvm x86_64  a GSI, i.e. an input of the IOAPIC: ISA IRQs 0-15 are
 *               GSIs 0-15 except IRQ 0 (the PIT), which is GSI 2; PCI
 *               INTx lines as the PCI bus reads them from config space
 *               (Interrupt Line, set by the firmware); virtio-mmio lines
 *               as QEMU gives them on the command line. Level-triggered
 *               for PCI, edge-triggered otherwise (the bus says which:
 *               struct ukbus_device.irq_flags); active high, as QEMU
 *               wires them. GSIs 0-23; the legacy 8259 PICs stay masked.
 *               MSI/MSI-X: not yet.
 *   xen         an event channel port the driver bound or allocated
 *               (interdomain to its backend: uk/plat/xen.h).
 *   linuxu      a file descriptor of the process: the handler runs when
 *               the host has something for it to read (or room to write),
 *               through SIGIO (O_ASYNC, F_SETOWN, F_SETSIG).
 * (arm64, later: a GIC interrupt ID from the device tree.)
 *
 * Handlers. A handler runs in interrupt context: on kvm with interrupts
 * disabled on the interrupt stack, on linuxu in a signal handler with the
 * platform's signals blocked, on xen from the event upcall. A handler:
 *   MUST NOT block, sleep, yield, switch threads, take a lock (uklock),
 *        allocate or free memory, or call the C library (stdio, errno);
 *   MUST make its device stop asserting the line before it returns (read
 *        or write the device's interrupt status: virtio's ISR register)
 *        or else mask the line (ukplat_irq_mask) and have a thread unmask
 *        it once the device is served: a level-triggered line that stays
 *        asserted raises the interrupt again at once;
 *   MAY  read and write its device's registers and its own memory, call
 *        ukplat_irq_mask/unmask, ukplat_coutk (diagnostics), and wake a
 *        thread with uk_waitq_irq_wake() (uksched, uk/waitq.h), the only
 *        scheduler call allowed here.
 * End of interrupt is the platform's, not the handler's: after the
 * handlers of the line returned, the platform acknowledges the controller
 * (kvm: the local APIC's EOI; xen: the port's pending bit was cleared
 * before the handlers ran; linuxu: nothing to do). Handlers MAY run at
 * any point where the platform has interrupts enabled: inside
 * ukplat_halt_to and ukplat_halt_to_unless (every platform: they return
 * after the handlers ran, which is how an idle scheduler learns of
 * them), and on kvm once a periodic tick has enabled interrupts for good
 * (uk/plat/time.h), on linuxu at any time. Code that shares data with a
 * handler keeps it consistent for a handler that runs at any instruction
 * (single writer, atomics) or masks the line around the update.
 *
 * How a driver waits for its device: a thread waits on a struct
 * uk_waitq_irq (uksched, uk/waitq.h) with uk_waitq_wait() until the
 * device's state says it is served; the handler calls
 * uk_waitq_irq_wake() on it. Without threads (uksched not linked), a
 * driver waits with ukplat_halt_to(deadline) in a loop and checks its
 * device after each return.
 *
 * Functions returning int return 0 or a negative errno. Call them from
 * thread context (not from a handler) unless said otherwise.
 */
#ifndef UK_PLAT_IRQ_H
#define UK_PLAT_IRQ_H

#ifdef __cplusplus
extern "C" {
#endif

/* A handler's return: whether its device raised the interrupt. Several
 * handlers may share one line (PCI INTx); the platform calls each of them
 * in registration order, every time. */
#define UKPLAT_IRQ_NONE		0	/* not my device */
#define UKPLAT_IRQ_HANDLED	1

typedef int (*ukplat_irq_handler_t)(void *arg);

/* ukplat_irq_register() flags: how the line signals (kvm; the others
 * ignore them). The bus that found the device gives them
 * (struct ukbus_device.irq_flags). */
#define UKPLAT_IRQ_EDGE		0x0	/* edge-triggered (ISA, virtio-mmio) */
#define UKPLAT_IRQ_LEVEL	0x1	/* level-triggered (PCI INTx) */

/* Calls handler(arg) on each interrupt of @line, and unmasks the line (a
 * line with no handler is masked). Several handlers per line are called
 * in registration order; the flags of the first registration hold.
 * Errors: -EINVAL (@line does not exist, @handler is NULL, or the flags
 * differ from the line's), -ENOSPC (no room for another handler: 4 per
 * line; kvm: GSIs 0-23; xen: 32 ports; linuxu: 16 descriptors), -errno
 * from the host (linuxu: fcntl on a descriptor). */
int ukplat_irq_register(unsigned int line, unsigned int flags,
			ukplat_irq_handler_t handler, void *arg)
	__attribute__((weak));

/* Removes the registration of (handler, arg) on @line; the line is masked
 * when its last handler goes. On return the handler is not running and
 * will not run again for this registration. -ENOENT if there is none. */
int ukplat_irq_unregister(unsigned int line, ukplat_irq_handler_t handler,
			  void *arg) __attribute__((weak));

/* Masks (unmasks) @line: while masked, its handlers do not run; an
 * interrupt raised meanwhile is not lost but runs the handlers once the
 * line is unmasked (level: while still asserted; edge, xen, linuxu: once,
 * however many came). Counted: n masks need n unmasks. Callable from a
 * handler. Unknown lines are ignored. */
void ukplat_irq_mask(unsigned int line) __attribute__((weak));
void ukplat_irq_unmask(unsigned int line) __attribute__((weak));

/* Message-signalled interrupts (PCI MSI, MSI-X): a new line whose
 * interrupt a device raises by writing the 32-bit value *@data to the
 * physical address *@addr (what the bus programs into the device's MSI
 * capability or MSI-X table entry). The line is edge-triggered: register
 * it with UKPLAT_IRQ_EDGE; it is not shared, and nothing needs reading
 * to acknowledge it. Lines are not given back (boot-time drivers).
 * -ENOSPC when none is left (kvm x86_64: 8). Platforms without MSI lack
 * the call: drivers fall back to their bus's line. */
int ukplat_irq_msi_alloc(unsigned int *line, unsigned long long *addr,
			 unsigned int *data) __attribute__((weak));

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_IRQ_H */

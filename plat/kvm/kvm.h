/*
 * Private interfaces between the files of the kvm platform library
 * (symbols named _kvm_*, see docs/architecture.md) that do not depend on
 * the architecture. Each architecture's part (plat/kvm/ARCH/) adds its own
 * in ARCH/ (x86_64: x86_64.h).
 */
#ifndef KVM_KVM_H
#define KVM_KVM_H

#include <uk/arch/traps.h>

/* The console: programs the device; writes a NUL-terminated string. */
void _kvm_console_init(void);
void _kvm_puts(const char *s);

/* The handler of every trap vector (installed in the arch). */
void _kvm_trap(struct __regs *regs);

/* Prints "[kvm] <msg>" and crashes. */
void _kvm_fatal(const char *msg) __attribute__((noreturn));

#endif /* KVM_KVM_H */

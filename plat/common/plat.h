/*
 * Private to plat/common: the code every platform library is built with
 * (common.uk). Each platform compiles these files as its own, so their
 * private symbols carry the platform's prefix: PLAT_PRIV(puts) is
 * _kvm_puts in the kvm library, _xen_puts in xen's (docs/architecture.md,
 * "Private symbols"); each platform declares them in its own header too.
 */
#ifndef UKPLAT_COMMON_PLAT_H
#define UKPLAT_COMMON_PLAT_H

#include <uk/arch/traps.h>

#define _PLAT_CAT3(a, b, c)	a##b##c
#define _PLAT_XCAT3(a, b, c)	_PLAT_CAT3(a, b, c)
#define PLAT_PRIV(name)		_PLAT_XCAT3(_, __LIBNAME__, _##name)
#define _PLAT_STR(x)		#x
#define _PLAT_XSTR(x)		_PLAT_STR(x)
/* "[kvm] ": how a platform's own messages start. */
#define PLAT_PREFIX		"[" _PLAT_XSTR(__LIBNAME__) "] "

/* puts.c: writes a NUL-terminated string to the console; prints
 * PLAT_PREFIX and @msg, then crashes. */
void PLAT_PRIV(puts)(const char *s);
void PLAT_PRIV(fatal)(const char *msg) __attribute__((noreturn));

/* crashpath.c: the crash report of a CPU exception (or of a trap the report
 * itself caused: then one line and stop), then ukplat_crash().
 * @fault_addr: the page-fault address (CR2) the platform knows. */
void PLAT_PRIV(crash)(const struct __regs *regs, unsigned long fault_addr)
	__attribute__((noreturn));

/* tcb.c: the boot thread's control block, with the stack-protector
 * canary @random (its low byte is cleared here), installed as the thread
 * pointer. PLAT_CANARY spreads a counter (the TSC) over the word. */
void PLAT_PRIV(tcb_init)(unsigned long random);
#define PLAT_CANARY(counter)	((counter) * 0x9e3779b97f4a7c15UL)

/* memregion.c: the free-RAM table behind ukplat_memregion_count/get.
 * add: [base, end) rounded inwards to pages, kept sorted (dropped when
 * the table is full); one: the table becomes that one region (the
 * platforms with one piece of RAM: no sorting code); reserve: takes
 * [base, base + len) out of every region, whole pages. A platform whose
 * memory comes late defines memregion_prepare (weak here), called before
 * each count or get. */
void PLAT_PRIV(memregion_add)(unsigned long base, unsigned long end);
void PLAT_PRIV(memregion_one)(unsigned long base, unsigned long end);
void PLAT_PRIV(memregion_reserve)(unsigned long base, unsigned long len);
void PLAT_PRIV(memregion_prepare)(void) __attribute__((weak));

#endif /* UKPLAT_COMMON_PLAT_H */

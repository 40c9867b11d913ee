/*
 * The HPET's main counter (IA-PC HPET specification 1.0a), for clock.c:
 * QEMU's pc and q35 machines have one at 0xfed00000 (64-bit, 100 MHz:
 * QEMU's virtual clock, as the PIT), microvm has none. The counter only
 * runs once enabled: setup.c enables it first thing, so that it counts
 * from boot. Its timers and their interrupts stay off.
 */
#include <stdint.h>
#include "x86_64.h"

#define HPET_BASE	0xfed00000UL	/* the address every PC firmware uses */
#define HPET_CAP	0x000	/* 63:32 tick in fs; 13: 64-bit counter */
#define HPET_CFG	0x010	/* 0: counter enabled */
#define HPET_COUNTER	0x0f0
#define CAP_64BIT	(1U << 13)
#define CFG_ENABLE	1U
#define FS_MAX		100000000U	/* the specification's longest tick */

static uint64_t ns_per_tick;	/* 32.32 fixed point; 0: no usable HPET */

static volatile uint32_t *reg(unsigned int off)
{
	return (volatile uint32_t *)(HPET_BASE + off);
}

/* Nothing there reads as all zeros or all ones; the period bound and
 * the 64-bit counter rule out other devices and wrap-around (32 bits at
 * 100 MHz wrap in 43 s). */
void _kvm_hpet_start(void)
{
	uint32_t cap = *reg(HPET_CAP), fs = *reg(HPET_CAP + 4);

	if (!(cap & CAP_64BIT) || !(cap & 0xff) || cap == 0xffffffffU ||
	    !fs || fs > FS_MAX)
		return;
	*reg(HPET_CFG) |= CFG_ENABLE;
	ns_per_tick = ((uint64_t)fs << 32) / 1000000U;
}

int _kvm_hpet_present(void)
{
	return ns_per_tick != 0;
}

/* The counter in ns since _kvm_hpet_start; the two halves are read high,
 * low, high so that a carry between them cannot be missed. */
uint64_t _kvm_hpet_ns(void)
{
	uint32_t hi, lo;

	do {
		hi = *reg(HPET_COUNTER + 4);
		lo = *reg(HPET_COUNTER);
	} while (hi != *reg(HPET_COUNTER + 4));
	return (uint64_t)(((unsigned __int128)((uint64_t)hi << 32 | lo) *
			   ns_per_tick) >> 32);
}

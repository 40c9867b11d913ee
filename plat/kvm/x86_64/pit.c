/*
 * TSC frequency, measured against the i8254 PIT (1.193182 MHz, on every
 * PC and on QEMU's microvm). Channel 0 in rate-generator mode, read back
 * with the latch command: microvm has no port 0x61, so the usual channel-2
 * gate cannot be used. Its IRQ 0 stays masked (PIC and IOAPIC).
 */
#include <stdint.h>
#include <uk/arch/io.h>
#include <uk/arch/lcpu.h>
#include "x86_64.h"

#define PIT_CH0		0x40
#define PIT_CMD		0x43
#define PIT_SAMPLE	(KVM_PIT_HZ / 500)	/* 2 ms: the measurement */
#define PIT_SHORT	(KVM_PIT_HZ / 1000)	/* 1 ms: its check */
#define PIT_WARM	(KVM_PIT_HZ / 2000)	/* 0.5 ms: thrown away */
#define PIT_AGREE	200			/* within 0.5 % */

unsigned int _kvm_pit_count(void)
{
	unsigned int lo, hi;

	outb(PIT_CMD, 0x00);		/* latch channel 0 */
	lo = inb(PIT_CH0);
	hi = inb(PIT_CH0);
	return lo | hi << 8;
}

/* One measurement: TSC cycles over @ticks PIT ticks, each end taken right
 * after the count changes. A wrap of the 16-bit count between two reads
 * (55 ms without being scheduled, under heavy host load) would overstate
 * the result, and a pause between an end's change and its TSC read would
 * bend it: _kvm_tsc_hz checks one measurement against another. */
static uint64_t tsc_hz_once(unsigned int ticks)
{
	unsigned int prev, cur, elapsed = 0;
	uint64_t t0, t1;

	outb(PIT_CMD, 0x34);		/* ch 0, lo/hi byte, mode 2, binary */
	outb(PIT_CH0, 0);
	outb(PIT_CH0, 0);		/* count 65536 */
	prev = _kvm_pit_count();
	do
		cur = _kvm_pit_count();
	while (cur == prev);
	t0 = ukarch_rdtsc();
	prev = cur;
	while (elapsed < ticks) {
		cur = _kvm_pit_count();
		elapsed += (prev - cur) & 0xffff;
		prev = cur;
	}
	t1 = ukarch_rdtsc();
	return (t1 - t0) * KVM_PIT_HZ / elapsed;
}

uint64_t _kvm_median3(uint64_t a, uint64_t b, uint64_t c)
{
	if ((a <= b && b <= c) || (c <= b && b <= a))
		return b;
	if ((b <= a && a <= c) || (c <= a && a <= b))
		return a;
	return c;
}

/* A first estimate, for clock.c, which refines it over the first second
 * with the PIT left running (a busy wait of 13 ms before, 30 ms before
 * 508efd2): a short measurement thrown away (under TCG the first one
 * after the PIT is programmed reads 0.1-1 % high: 8 boots, 2026-12-05),
 * one over PIT_SAMPLE, and a shorter one that must agree within
 * PIT_AGREE. Only if they disagree (a wrap, a pause at an end: host
 * load) the median of three more. The channel is left counting (rate
 * generator, 65536: a wrap every 54.9 ms) for the refinement. */
uint64_t _kvm_tsc_hz(void)
{
	uint64_t a, b;

	(void)tsc_hz_once(PIT_WARM);
	a = tsc_hz_once(PIT_SAMPLE);
	b = tsc_hz_once(PIT_SHORT);
	if ((a > b ? a - b : b - a) <= a / PIT_AGREE)
		return a;
	return _kvm_median3(tsc_hz_once(PIT_SAMPLE), tsc_hz_once(PIT_SAMPLE),
			    tsc_hz_once(PIT_SAMPLE));
}

/* Mode 0 with count 1: one (masked) edge, then the channel stays quiet
 * instead of ticking at 18.2 Hz in the host's emulator. */
void _kvm_pit_quiet(void)
{
	outb(PIT_CMD, 0x30);
	outb(PIT_CH0, 1);
	outb(PIT_CH0, 0);
}

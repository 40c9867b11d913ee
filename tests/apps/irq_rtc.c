/* Device interrupts on kvm x86_64 (uk/plat/irq.h): the CMOS RTC's
 * periodic interrupt (ISA IRQ 8 = GSI 8, edge) at 64 Hz. A thread waits
 * on a uk_waitq_irq that the handler wakes (uk/waitq.h); masking holds
 * the handler off; unregistering stops it. tests/test_kvm_irq.py boots it.
 * x86 port I/O in an application: this is a test of the kvm x86_64
 * platform, the device is the PC's. */
#include <stdio.h>
#include <uk/arch/io.h>
#include <uk/plat/irq.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/waitq.h>

#define RTC_GSI		8
#define MS		1000000ULL

static volatile unsigned int count;
static struct uk_waitq_irq wq;

static unsigned int cmos(unsigned int reg)
{
	outb(0x70, reg);
	return inb(0x71);
}

static void cmos_set(unsigned int reg, unsigned int v)
{
	outb(0x70, reg);
	outb(0x71, v);
}

static int rtc_irq(void *arg)
{
	(void)arg;
	if (!(cmos(0x0c) & 0x40))	/* status C: acks; PF = periodic */
		return UKPLAT_IRQ_NONE;
	count++;
	uk_waitq_irq_wake(&wq);
	return UKPLAT_IRQ_HANDLED;
}

/* Waits on the irq wait queue until count reaches @n. */
static void wait_count(unsigned int n)
{
	uk_preempt_disable();
	while (count < n)
		uk_waitq_wait(&wq.wq, 0);
	uk_preempt_enable();
}

int main(void)
{
	unsigned int c0;

	uk_waitq_irq_init(&wq);
	if (ukplat_irq_register(RTC_GSI, UKPLAT_IRQ_EDGE, rtc_irq, 0)) {
		printf("FAIL register\n");
		return 1;
	}
	cmos_set(0x0a, (cmos(0x0a) & 0xf0) | 10);	/* 64 Hz */
	cmos_set(0x0b, cmos(0x0b) | 0x40);		/* periodic on */
	cmos(0x0c);
	wait_count(10);
	printf("irq: 10 interrupts, thread woken\n");

	ukplat_irq_mask(RTC_GSI);
	c0 = count;
	uk_thread_sleep_ns(200 * MS);
	printf("irq: masked %u\n", count - c0);
	ukplat_irq_unmask(RTC_GSI);
	wait_count(count + 5);
	printf("irq: unmasked, 5 more\n");

	if (ukplat_irq_unregister(RTC_GSI, rtc_irq, 0) ||
	    ukplat_irq_unregister(RTC_GSI, rtc_irq, 0) != -2) {
		printf("FAIL unregister\n");
		return 1;
	}
	c0 = count;
	uk_thread_sleep_ns(200 * MS);
	printf("irq: unregistered %u\n", count - c0);
	cmos_set(0x0b, cmos(0x0b) & ~0x40);
	return 0;
}

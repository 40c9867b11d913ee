/* A PCI driver end to end on kvm: QEMU's "edu" teaching device (1234:11e8)
 * found by ukbus on the PCI bus, claimed by the driver below (registered
 * from the application object, which is always linked), its BAR 0
 * mapped, its level-triggered INTx line routed through the IOAPIC, and
 * its DMA engine given addresses from ukplat_dma_map. The handler reads
 * and acknowledges the device's interrupt status and wakes the waiting
 * thread (uk_waitq_irq). tests/test_bus.py boots it on QEMU pc with
 * -device edu. Registers: docs/specs/edu.txt of QEMU. */
#include <stdio.h>
#include <string.h>
#include <uk/bus.h>
#include <uk/plat/dma.h>
#include <uk/plat/irq.h>
#include <uk/sched.h>
#include <uk/waitq.h>

#define EDU_ID		0x00	/* 0xRRrr00ed */
#define EDU_LIVE	0x04	/* reads back inverted */
#define EDU_IRQ_STATUS	0x24
#define EDU_IRQ_RAISE	0x60
#define EDU_IRQ_ACK	0x64
#define EDU_DMA_SRC	0x80
#define EDU_DMA_DST	0x88
#define EDU_DMA_CNT	0x90
#define EDU_DMA_CMD	0x98	/* 1 start, 2 device->RAM, 4 interrupt */
#define EDU_BUF		0x40000	/* the device's 4 KiB buffer */
#define DMA_DONE	0x100	/* interrupt status bit of a DMA */

static volatile unsigned int *regs;
static struct ukbus_device *edu;
static volatile unsigned int irqs, last_status;
static struct uk_waitq_irq wq;

static unsigned int rd(unsigned int off)
{
	return regs[off / 4];
}

static void wr(unsigned int off, unsigned long v)
{
	if (off >= EDU_DMA_SRC)		/* 64-bit registers */
		*(volatile unsigned long *)((char *)regs + off) = v;
	else
		regs[off / 4] = (unsigned int)v;
}

static int edu_irq(void *arg)
{
	unsigned int st = rd(EDU_IRQ_STATUS);

	(void)arg;
	if (!st)
		return UKPLAT_IRQ_NONE;
	wr(EDU_IRQ_ACK, st);		/* the line goes down */
	last_status = st;
	irqs++;
	uk_waitq_irq_wake(&wq);
	return UKPLAT_IRQ_HANDLED;
}

static int edu_probe(struct ukbus_device *dev, const struct ukbus_match *id)
{
	(void)id;
	if (!(dev->res[0].flags & UKBUS_RES_MEM) || dev->irq == UKBUS_NO_IRQ)
		return -19;	/* ENODEV */
	regs = (volatile unsigned int *)dev->res[0].base;
	if ((rd(EDU_ID) & 0xff) != 0xed)
		return -19;
	wr(EDU_LIVE, 0x12345678);
	if (rd(EDU_LIVE) != ~0x12345678U)
		return -5;	/* EIO */
	ukbus_pci_enable(dev);
	uk_waitq_irq_init(&wq);
	edu = dev;
	return ukplat_irq_register(dev->irq, dev->irq_flags, edu_irq, 0);
}

static const struct ukbus_match edu_ids[] = {
	{ UKBUS_PCI, 0x1234, 0x11e8, 0, 0, 0, 0 },
	{ UKBUS_NONE, 0, 0, 0, 0, 0, 0 },
};

static const struct ukbus_driver edu_driver = {
	.name = "edu",
	.ids = edu_ids,
	.probe = edu_probe,
};

UKBUS_DRIVER(edu_driver);

static void wait_irqs(unsigned int n)
{
	uk_preempt_disable();
	while (irqs < n)
		uk_waitq_wait(&wq.wq, 0);
	uk_preempt_enable();
}

/* One DMA transfer of @len bytes: RAM -> device buffer or back. */
static void dma(ukplat_dma_addr_t ram, unsigned int len, int to_ram)
{
	unsigned int n = irqs;

	wr(EDU_DMA_SRC, to_ram ? EDU_BUF : ram);
	wr(EDU_DMA_DST, to_ram ? ram : EDU_BUF);
	wr(EDU_DMA_CNT, len);
	wr(EDU_DMA_CMD, 1 | (to_ram ? 2 : 0) | 4);
	wait_irqs(n + 1);
}

int main(void)
{
	static char out[256] __attribute__((aligned(64)));
	static char back[256] __attribute__((aligned(64)));
	ukplat_dma_addr_t a, b;
	unsigned int i;

	if (!edu || edu->driver != &edu_driver) {
		printf("FAIL edu not probed\n");
		return 1;
	}
	printf("edu at %s, BAR0 %lx+%lx, irq %u %s\n", edu->name,
	       edu->res[0].base, edu->res[0].len, edu->irq,
	       edu->irq_flags & UKPLAT_IRQ_LEVEL ? "level" : "edge");

	wr(EDU_IRQ_RAISE, 0x1);
	wait_irqs(1);
	printf("irq: raised 0x1, handler saw 0x%x\n", last_status);

	ukplat_irq_mask(edu->irq);
	wr(EDU_IRQ_RAISE, 0x2);
	uk_thread_sleep_ns(100000000ULL);
	printf("irq: masked, %u handler runs\n", irqs - 1);
	ukplat_irq_unmask(edu->irq);
	wait_irqs(2);
	printf("irq: unmasked, handler saw 0x%x\n", last_status);

	for (i = 0; i < sizeof(out); i++)
		out[i] = (char)(i * 7 + 3);
	if (ukplat_dma_map(out, sizeof(out), edu->dma_peer,
			   UKPLAT_DMA_TO_DEVICE, &a) ||
	    ukplat_dma_map(back, sizeof(back), edu->dma_peer,
			   UKPLAT_DMA_FROM_DEVICE, &b)) {
		printf("FAIL dma_map\n");
		return 1;
	}
	dma(a, sizeof(out), 0);
	dma(b, sizeof(back), 1);
	printf("dma: %u bytes out and back %s, status 0x%x\n",
	       (unsigned int)sizeof(out),
	       memcmp(out, back, sizeof(out)) ? "DIFFER" : "equal",
	       last_status);
	ukplat_dma_unmap(a, sizeof(out), edu->dma_peer);
	ukplat_dma_unmap(b, sizeof(back), edu->dma_peer);
	return 0;
}

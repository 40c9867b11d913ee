/* plat/xen in one boot: the command line, the memory map (every free page
 * written and read back: the frames memory.c maps beyond libxc's initial
 * mapping included), time (monotonic, wall clock, ukplat_halt_to with the
 * one-shot timer and SCHEDOP_block) and the xenstore client (read, write,
 * watch, rm), event channels as interrupt lines (a loopback pair of
 * ports: handler, mask, unmask, a thread woken by the handler,
 * unregister) and device memory (grant
 * references, machine addresses). Prints "ok ..." lines and SUCCESS, then exits with status 3
 * so that the test also sees a non-zero status come back through
 * "[xen] exit status 3". Run with the arguments: first "second arg" */
#include <stdio.h>
#include <string.h>
#include <uk/plat/cmdline.h>
#include <uk/plat/dma.h>
#include <uk/plat/irq.h>
#include <uk/plat/memory.h>
#include <uk/plat/time.h>
#include <uk/plat/xen.h>
#include <uk/waitq.h>
#include <uk/test.h>

static void memory(void)
{
	struct ukplat_memregion m;
	unsigned long total = 0, pages = 0;
	int i, n = ukplat_memregion_count();

	CHECK(n >= 1);
	for (i = 0; i < n; i++) {
		CHECK(ukplat_memregion_get(i, &m) == 0);
		total += m.len;
	}
	/* The allocator owns the regions now: only the last page of each
	 * 64 KiB is touched, far above anything it has handed out. */
	CHECK(ukplat_memregion_get(n - 1, &m) == 0);
	for (unsigned long a = m.base + m.len - 4096; a >= m.base + m.len / 2;
	     a -= 65536) {
		volatile unsigned long *p = (volatile unsigned long *)a;

		*p = a ^ 0x5a5a5a5a;
		CHECK(*p == (a ^ 0x5a5a5a5a));
		pages++;
	}
	printf("ok memory: %d region(s), %lu KiB free, %lu pages probed\n", n,
	       total >> 10, pages);
}

static void timing(void)
{
	unsigned long long t0 = ukplat_monotonic_clock(), t1, wall;

	wall = ukplat_wall_clock();
	/* 2020-01-01 < wall < 2100-01-01 */
	CHECK(wall > 1577836800ULL * 1000000000ULL);
	CHECK(wall < 4102444800ULL * 1000000000ULL);
	while (ukplat_monotonic_clock() < t0 + 50000000ULL)
		ukplat_halt_to(t0 + 50000000ULL);
	t1 = ukplat_monotonic_clock();
	CHECK(t1 >= t0 + 50000000ULL && t1 < t0 + 5000000000ULL);
	printf("ok time: slept %llu us for 50000 us\n", (t1 - t0) / 1000);
}

static void xenstore(void)
{
	char buf[128], path[128], token[32];
	int r;

	r = xenstore_read("name", buf, sizeof(buf));
	CHECK(r > 0);
	printf("ok xenstore: name = %s\n", buf);
	CHECK(xenstore_read("domid", buf, sizeof(buf)) > 0);
	CHECK(xenstore_read("data/nonexistent", buf, sizeof(buf)) == -2);
	CHECK(xenstore_write("data/uktest", "hello") == 0);
	CHECK(xenstore_read("data/uktest", buf, sizeof(buf)) == 5 &&
	      !strcmp(buf, "hello"));
	/* A new watch fires once at once, then on every change. */
	CHECK(xenstore_watch("data/uktest", "tok1") == 0);
	CHECK(xenstore_wait_watch(path, sizeof(path), token, sizeof(token),
				  ukplat_monotonic_clock() + 5000000000ULL) == 0);
	CHECK(!strcmp(token, "tok1"));
	CHECK(xenstore_write("data/uktest", "changed") == 0);
	CHECK(xenstore_wait_watch(path, sizeof(path), token, sizeof(token),
				  ukplat_monotonic_clock() + 5000000000ULL) == 0);
	CHECK(!strcmp(token, "tok1") && strstr(path, "data/uktest"));
	CHECK(xenstore_unwatch("data/uktest", "tok1") == 0);
	CHECK(xenstore_rm("data/uktest") == 0);
	CHECK(xenstore_read("data/uktest", buf, sizeof(buf)) < 0);
	CHECK(xenstore_wait_watch(path, sizeof(path), token, sizeof(token),
				  ukplat_monotonic_clock() + 100000000ULL) ==
	      -110 /* ETIMEDOUT */);
	printf("ok xenstore: read, write, watch, rm; event path %s\n", path);
}

static volatile int hits;
static struct uk_waitq_irq wq;

static int on_event(void *arg)
{
	(void)arg;
	hits++;
	uk_waitq_irq_wake(&wq);
	return UKPLAT_IRQ_HANDLED;
}

/* Waits up to @ms milliseconds, or until hits reaches @n. */
static void wait_hits(int n, unsigned long long ms)
{
	unsigned long long t = ukplat_monotonic_clock() + ms * 1000000ULL;

	while (hits < n && ukplat_monotonic_clock() < t)
		ukplat_halt_to(t);
}

static void events(void)
{
	unsigned int a = 0, b = 0;

	uk_waitq_irq_init(&wq);
	CHECK(xen_evtchn_alloc_unbound(XEN_DOMID_SELF, &a) == 0);
	CHECK(xen_evtchn_bind_interdomain(XEN_DOMID_SELF, a, &b) == 0);
	CHECK(ukplat_irq_register(a, 0, on_event, 0) == 0);
	CHECK(xen_evtchn_notify(b) == 0);
	wait_hits(1, 5000);
	CHECK(hits == 1);
	ukplat_irq_mask(a);
	CHECK(xen_evtchn_notify(b) == 0);
	wait_hits(2, 100);
	CHECK(hits == 1);
	ukplat_irq_unmask(a);
	CHECK(hits == 2);
	/* The thread waits on the handler's wake: the scheduler idles (no
	 * deadline: only an interrupt can wake it), the handler runs in the
	 * platform's wait and leaves the wake to the scheduler. */
	CHECK(xen_evtchn_notify(b) == 0);
	uk_preempt_disable();
	while (hits < 3)
		uk_waitq_wait(&wq.wq, 0);
	uk_preempt_enable();
	CHECK(hits == 3);
	CHECK(ukplat_irq_unregister(a, on_event, 0) == 0);
	CHECK(ukplat_irq_unregister(a, on_event, 0) == -2 /* ENOENT */);
	CHECK(xen_evtchn_notify(b) == 0);
	wait_hits(4, 100);
	CHECK(hits == 3);
	CHECK(xen_evtchn_close(b) == 0 && xen_evtchn_close(a) == 0);
	printf("ok events: ports %u <-> %u, %d handler runs\n", a, b, hits);
}

static void dma(void)
{
	static char page[4096] __attribute__((aligned(4096)));
	ukplat_dma_addr_t g1 = 0, g2 = 0, m = 0;

	CHECK(ukplat_dma_map(page + 100, 200, 0, UKPLAT_DMA_TO_DEVICE,
			     &g1) == 0);
	CHECK(ukplat_dma_map(page, 4096, 0, UKPLAT_DMA_FROM_DEVICE, &g2) == 0);
	CHECK(g1 >= 8 && g2 >= 8 && g1 != g2);
	CHECK(ukplat_dma_map(page + 4000, 200, 0, UKPLAT_DMA_TO_DEVICE, &m) ==
	      -22 /* EINVAL: crosses a page */);
	CHECK(ukplat_dma_map(page + 12, 8, UKPLAT_DMA_MACHINE,
			     UKPLAT_DMA_BIDIR, &m) == 0);
	CHECK((m & 4095) == 12 && m >= 4096);
	CHECK(ukplat_dma_unmap(g1, 200, 0) == 0);
	CHECK(ukplat_dma_unmap(g1, 200, 0) == -22);
	CHECK(ukplat_dma_unmap(g2, 4096, 0) == 0);
	printf("ok dma: grants %llu %llu, machine address 0x%llx\n", g1, g2, m);
}

int main(int argc, char *argv[])
{
	CHECK(argc == 3 && !strcmp(argv[1], "first") &&
	      !strcmp(argv[2], "second arg"));
	printf("ok cmdline: %s\n", ukplat_cmdline());
	memory();
	timing();
	xenstore();
	events();
	dma();
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails ? 1 : 3;
}

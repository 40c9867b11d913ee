/*
 * hugefault: what a first touch of a 2 MiB transparent huge page costs on
 * this host, the way QEMU's guest RAM and code cache take them (madvised
 * MADV_HUGEPAGE). Touches N fresh huge pages and prints the total and
 * the slowest; with FREE_MIB, first fills and frees that much memory and
 * waits WAIT_S seconds (a host inside a VM that reports free memory to
 * its hypervisor then gets pages back cold). docs/performance.md
 * ("Launch -> first 200 after the clock and PCI changes") explains why
 * launch times of this machine come out bimodal.
 *
 * Usage: hugefault [N [FREE_MIB WAIT_S]]   (N: 16)
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define HUGE	(2UL << 20)

static double now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int touch(int n)
{
	char *m = mmap(NULL, (n + 1) * HUGE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	double total = 0, worst = 0, t;
	char *p;
	int i;

	if (m == MAP_FAILED)
		return perror("hugefault: mmap"), 1;
	p = (char *)(((unsigned long)m + HUGE - 1) & ~(HUGE - 1));
	if (madvise(p, n * HUGE, MADV_HUGEPAGE))
		return perror("hugefault: madvise"), 1;
	for (i = 0; i < n; i++) {
		t = now_ms();
		p[i * HUGE] = 1;
		t = now_ms() - t;
		total += t;
		if (t > worst)
			worst = t;
	}
	printf("%d huge pages: %.1f ms, the slowest %.1f ms\n", n, total, worst);
	munmap(m, (n + 1) * HUGE);
	return 0;
}

int main(int argc, char *argv[])
{
	int n = argc > 1 ? atoi(argv[1]) : 16;

	if (n <= 0 || argc == 3 || argc > 4) {
		fprintf(stderr, "usage: hugefault [N [FREE_MIB WAIT_S]]\n");
		return 2;
	}
	if (argc == 4) {
		size_t sz = (size_t)atoi(argv[2]) << 20;
		char *b = malloc(sz);

		if (!b)
			return perror("hugefault: malloc"), 1;
		memset(b, 1, sz);
		free(b);
		sleep(atoi(argv[3]));
	}
	return touch(n);
}

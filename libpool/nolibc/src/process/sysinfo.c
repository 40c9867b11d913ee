#include <string.h>
#include <sys/sysinfo.h>
#include <uk/alloc.h>
#include <uk/plat/memory.h>
#include <uk/plat/time.h>

/* Linux's sysinfo: uptime from the monotonic clock, memory from the
 * platform's regions and the allocator, one process. */
int sysinfo(struct sysinfo *si)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct ukplat_memregion m;
	int i;

	memset(si, 0, sizeof(*si));
	if (ukplat_monotonic_clock)
		si->uptime = ukplat_monotonic_clock() / 1000000000ULL;
	for (i = 0; i < ukplat_memregion_count(); i++)
		if (ukplat_memregion_get(i, &m) == 0)
			si->totalram += m.len;
	si->freeram = a ? uk_alloc_availmem(a) : 0;
	si->procs = 1;
	si->mem_unit = 1;
	return 0;
}

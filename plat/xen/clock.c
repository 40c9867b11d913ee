/*
 * The clocks of uk/plat/time.h: the monotonic clock is the architecture's
 * Xen system time (ARCH/time.c: _xen_system_time, ns); the wall clock
 * adds the shared info's wallclock (the time at system time 0), read
 * under its version as Xen updates it (odd while an update is under way).
 */
#include <uk/plat/time.h>
#include "xen.h"

unsigned long long ukplat_monotonic_clock(void)
{
	return _xen_system_time();
}

unsigned long long ukplat_wall_clock(void)
{
	const volatile struct xen_shared_info *s = _xen_shared;
	uint32_t version;
	uint64_t sec, nsec;

	do {
		version = s->wc_version;
		_xen_rmb();
		sec = ((uint64_t)s->wc_sec_hi << 32) | s->wc_sec;
		nsec = s->wc_nsec;
		_xen_rmb();
	} while ((version & 1) || version != s->wc_version);
	return sec * 1000000000ULL + nsec + _xen_system_time();
}

/* The system functions lwIP needs with NO_SYS=1: a millisecond clock for
 * its timers and random numbers for ports, ISNs and DHCP transaction ids.
 *
 * sys_now() uses the platform's optional time contract,
 * ukplat_monotonic_clock() (<uk/plat/time.h>, a weak reference: linuxu and
 * xen provide it). A platform without it (kvm until its timer work) falls
 * back to the x86_64 time-stamp counter at an assumed LWIP_TSC_MHZ: a real,
 * monotonic clock whose only error is its rate (lwIP's timers run fast or
 * slow by the ratio of the assumed to the real frequency), which is better
 * than a counter advancing per call, whose rate depends on how often the
 * application polls. The generator is not cryptographic (uksrand will
 * replace it). */
#include <uk/arch/lcpu.h>
#include <uk/config.h>
#include <uk/plat/time.h>
#include "lwip/sys.h"

u32_t sys_now(void)
{
	if (ukplat_monotonic_clock)
		return (u32_t)(ukplat_monotonic_clock() / 1000000ULL);
	return (u32_t)(ukarch_rdtsc() / ((unsigned long)UK_OPT(LWIP_TSC_MHZ) * 1000));
}

unsigned int _lwip_rand(void)
{
	static unsigned long s;		/* xorshift64 */

	if (!s)
		s = ukarch_rdtsc() | 1;
	s ^= s << 13;
	s ^= s >> 7;
	s ^= s << 17;
	return (unsigned int)(s >> 32);
}

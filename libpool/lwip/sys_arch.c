/* The system functions lwIP needs with NO_SYS=1: a millisecond clock for
 * its timers and random numbers for ports, ISNs and DHCP transaction ids.
 * Phase 1: both from the x86_64 time-stamp counter; sys_now() assumes the
 * LWIP_TSC_MHZ option until the platform contract has a clock, and the
 * generator is not cryptographic (uksrand will replace it). */
#include <uk/arch/lcpu.h>
#include <uk/config.h>
#include "lwip/sys.h"

u32_t sys_now(void)
{
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

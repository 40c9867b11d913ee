/*
 * ukplat_halt_to_unless (uk/plat/time.h), for every architecture: a look
 * at the note, then the architecture's ukplat_halt_to. That is enough
 * because event upcalls stay masked outside _xen_wait_event (ARCH/time.c)
 * and interrupt handlers run only from inside it (../evtchn.c): a handler
 * cannot run between the look and the wait, and one that runs inside the
 * wait, before it blocks, ends it (the dispatch returns first), as an
 * event that comes later does (x86_64: SCHEDOP_block, called with upcalls
 * masked, unmasks them and checks for pending events in one step, as
 * Xen's public sched.h says; arm64: WFI wakes for the pending
 * event-channel PPI although IRQs are masked).
 */
#include <uk/plat/time.h>

void ukplat_halt_to_unless(unsigned long long until, const volatile int *note)
{
	if (!(note && *note))
		ukplat_halt_to(until);
}

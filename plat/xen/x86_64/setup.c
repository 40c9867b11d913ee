/*
 * First C code: console, traps and callbacks, shared info, command line,
 * memory, time, in that order (each step may need to report a failure
 * through the previous ones), then ukboot. Xen's start_info stays mapped
 * and is used later (xenstore ring, P2M list).
 */
#include <uk/arch/lcpu.h>
#include <uk/boot.h>
#include <uk/plat/cmdline.h>
#include "xen.h"

const struct xen_start_info *_xen_si;
struct xen_shared_info *_xen_shared;

/* A page of the image whose mapping is replaced by the shared info page
 * (its own frame is left unused). */
static char shared_page[XEN_PAGE_SIZE] __attribute__((aligned(4096)));

/* MAX_GUEST_CMDLINE; .bss only. */
static char cmdline[1024];

/* The PV "IDT": CPU exceptions 0-19 (not NMI, #DF, 15, which Xen does
 * not forward this way) to entry.S's stubs, events masked on entry;
 * int3/into allowed from the kernel's ring 3. Then the event callback
 * (entered only inside SCHEDOP_block, see time.c) and the failsafe. */
static void traps_init(void)
{
	static struct xen_trap_info t[21];
	struct {
		uint16_t type, flags;
		unsigned long address;
	} cb;
	unsigned int v, n = 0;

	for (v = 0; v < 20; v++) {
		if (v == X86_TRAP_NMI || v == X86_TRAP_DF || v == 15)
			continue;
		t[n].vector = (uint8_t)v;
		t[n].flags = 4 | (v == 3 || v == 4 ? 3 : 0);
		t[n].cs = XEN_FLAT_KERNEL_CS;
		t[n].address = (unsigned long)_xen_trap_stubs + 16 * v;
		n++;
	}
	/* t[n] stays zero: the terminator. */
	if (_xen_hc1(__HYPERVISOR_set_trap_table, t))
		_xen_fatal("set_trap_table failed\n");
	cb.type = XEN_CALLBACKTYPE_event;
	cb.flags = 0;
	cb.address = (unsigned long)_xen_event_entry;
	if (_xen_hc2(__HYPERVISOR_callback_op, XEN_CALLBACKOP_register, &cb))
		_xen_fatal("cannot register the event callback\n");
	cb.type = XEN_CALLBACKTYPE_failsafe;
	cb.address = (unsigned long)_xen_failsafe_entry;
	_xen_hc2(__HYPERVISOR_callback_op, XEN_CALLBACKOP_register, &cb);
}

static void shared_info_map(const struct xen_start_info *si)
{
	if (_xen_update_va_mapping((unsigned long)shared_page,
				   si->shared_info | XEN_PTE_P | XEN_PTE_RW |
				   XEN_PTE_A | XEN_PTE_D, XEN_UVMF_INVLPG))
		_xen_fatal("cannot map the shared info page\n");
	_xen_shared = (struct xen_shared_info *)shared_page;
	/* Upcalls stay masked: events are looked at, not delivered. */
	_XEN_VCPU0->evtchn_upcall_mask = 1;
}

static void cmdline_init(const struct xen_start_info *si)
{
	unsigned int i;

	for (i = 0; i < sizeof(cmdline) - 1 && si->cmd_line[i]; i++)
		cmdline[i] = si->cmd_line[i];
	cmdline[i] = '\0';
}

const char *ukplat_cmdline(void)
{
	return cmdline;
}

void _xen_start(const struct xen_start_info *si)
{
	_xen_si = si;
	_xen_tcb_init(PLAT_CANARY(ukarch_rdtsc()));	/* the canary, before any other C */
	_xen_console_init();
	traps_init();
	shared_info_map(si);
	cmdline_init(si);
	_xen_memory_init();
	_xen_time_init();
	ukboot_start();
}

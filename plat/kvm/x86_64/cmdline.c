/*
 * The command line from the PVH start info, copied into the image: QEMU
 * leaves it in low memory, possibly in the null page that setup.c unmaps.
 */
#include <uk/plat/cmdline.h>
#include "x86_64.h"

/* Linux's x86 limit (COMMAND_LINE_SIZE); .bss only. */
#define CMDLINE_MAX	2048

static char cmdline[CMDLINE_MAX];

void _kvm_cmdline_init(const struct hvm_start_info *si)
{
	const char *s;
	unsigned int i;

	/* Only what the boot page tables map is readable. */
	if (!si->cmdline_paddr || si->cmdline_paddr >= KVM_MAPPED_END)
		return;
	s = (const char *)(unsigned long)si->cmdline_paddr;
	for (i = 0; s[i] && i < CMDLINE_MAX - 1; i++)
		cmdline[i] = s[i];
	cmdline[i] = '\0';
	if (s[i])
		_kvm_puts("[kvm] command line truncated to 2047 bytes\n");
}

const char *ukplat_cmdline(void)
{
	return cmdline;
}

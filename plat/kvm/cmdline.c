/*
 * The command line, copied into the image: boot loaders leave it in low
 * memory (QEMU's PVH: possibly in the null page that x86_64/setup.c
 * unmaps). The bus code (virtio_mmio.c) takes the device words QEMU
 * appends out of it before main's argv is built.
 */
#include <uk/plat/cmdline.h>
#include "kvm.h"

char _kvm_cmdline[KVM_CMDLINE_MAX];

void _kvm_cmdline_set(const char *s)
{
	unsigned int i;

	for (i = 0; s[i] && i < KVM_CMDLINE_MAX - 1; i++)
		_kvm_cmdline[i] = s[i];
	_kvm_cmdline[i] = '\0';
	if (s[i])
		_kvm_puts("[kvm] command line truncated to 2047 bytes\n");
}

const char *ukplat_cmdline(void)
{
	return _kvm_cmdline;
}

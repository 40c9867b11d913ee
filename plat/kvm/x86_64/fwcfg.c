/*
 * QEMU's firmware configuration device (fw_cfg) through its x86 I/O
 * ports: named items the host passes to the guest (`uklink run` puts its
 * console facts in opt/org.uklink/stdio). Big-endian directory of
 * {size, select, reserved, name[56]} entries at selector 0x19.
 */
#include <errno.h>
#include <uk/arch/io.h>
#include "x86_64.h"

#define FW_CFG_CTL	0x510
#define FW_CFG_DATA	0x511
#define FW_CFG_SIGNATURE 0x0000
#define FW_CFG_FILE_DIR	0x0019
#define FW_CFG_NAME_LEN	56

static uint32_t read_be(unsigned int bytes)
{
	uint32_t v = 0;

	while (bytes--)
		v = v << 8 | inb(FW_CFG_DATA);
	return v;
}

static int name_is(const char *want)
{
	unsigned int i, same = 1;

	/* Read all 56 bytes whatever happens: the next entry follows. */
	for (i = 0; i < FW_CFG_NAME_LEN; i++) {
		char c = (char)inb(FW_CFG_DATA);

		if (same && c != want[i])
			same = 0;
		else if (same && !c)
			break;
	}
	for (i++; i < FW_CFG_NAME_LEN; i++)
		inb(FW_CFG_DATA);
	return same;
}

int _kvm_fwcfg_read(const char *name, void *buf, unsigned int len)
{
	uint32_t n, size = 0, i;
	uint16_t sel = 0;

	outw(FW_CFG_CTL, FW_CFG_SIGNATURE);
	if (read_be(4) != 0x51454d55)	/* "QEMU" */
		return -ENODEV;
	outw(FW_CFG_CTL, FW_CFG_FILE_DIR);
	for (n = read_be(4); n; n--) {
		size = read_be(4);
		sel = (uint16_t)read_be(2);
		read_be(2);
		if (name_is(name))
			break;
	}
	if (!n)
		return -ENOENT;
	outw(FW_CFG_CTL, sel);
	for (i = 0; i < size && i < len; i++)
		((char *)buf)[i] = (char)inb(FW_CFG_DATA);
	return (int)i;
}

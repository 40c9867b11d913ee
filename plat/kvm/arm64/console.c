/*
 * The console: the PL011 UART of the device tree's stdout-path (QEMU
 * virt: 0x09000000), polled. QEMU's needs no programming; a real one
 * would keep the firmware's settings.
 */
#include <uk/plat/console.h>
#include "arm64.h"

#define UART_DEFAULT	0x09000000UL	/* virt's, before the device tree */
#define UARTDR		0x00
#define UARTFR		0x18
#define FR_RXFE		0x10		/* receive FIFO empty */
#define FR_TXFF		0x20		/* transmit FIFO full */

static volatile uint32_t *uart(void)
{
	unsigned long b = _kvm_machine.uart.base;

	return (volatile uint32_t *)(b ? b : UART_DEFAULT);
}

static void putc_raw(char c)
{
	volatile uint32_t *u = uart();

	while (u[UARTFR / 4] & FR_TXFF)
		;
	u[UARTDR / 4] = (unsigned char)c;
}

void _kvm_console_init(void)
{
}

int ukplat_coutk(const char *buf, unsigned int len)
{
	unsigned int i;

	for (i = 0; i < len; i++)
		putc_raw(buf[i]);
	return (int)len;
}

int ukplat_cink(char *buf, unsigned int maxlen)
{
	volatile uint32_t *u = uart();
	unsigned int n = 0;

	while (n < maxlen && !(u[UARTFR / 4] & FR_RXFE))
		buf[n++] = (char)u[UARTDR / 4];
	return (int)n;
}

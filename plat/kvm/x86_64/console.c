/*
 * Kernel console on COM1, a 16550 UART polled (no interrupts): output waits
 * for the transmitter, input returns what the receiver holds.
 */
#include <errno.h>
#include <uk/arch/io.h>
#include <uk/plat/console.h>
#include "x86_64.h"

#define COM1		0x3f8
#define UART_DATA	0	/* RBR/THR; divisor low with DLAB */
#define UART_IER	1	/* interrupt enable; divisor high with DLAB */
#define UART_FCR	2	/* FIFO control */
#define UART_LCR	3	/* line control */
#define UART_MCR	4	/* modem control */
#define UART_LSR	5	/* line status */
#define LCR_DLAB	0x80
#define LCR_8N1		0x03
#define LSR_DR		0x01	/* a byte is ready */
#define LSR_THRE	0x20	/* transmitter holding register empty */

void _kvm_console_init(void)
{
	outb(COM1 + UART_IER, 0x00);		/* polled */
	outb(COM1 + UART_LCR, LCR_DLAB);
	outb(COM1 + UART_DATA, 1);		/* 115200 baud */
	outb(COM1 + UART_IER, 0);
	outb(COM1 + UART_LCR, LCR_8N1);
	outb(COM1 + UART_FCR, 0xc7);		/* FIFOs on, cleared */
	outb(COM1 + UART_MCR, 0x03);		/* DTR, RTS */
}

static void uart_putc(char c)
{
	while (!(inb(COM1 + UART_LSR) & LSR_THRE))
		;
	outb(COM1 + UART_DATA, (unsigned char)c);
}

int ukplat_coutk(const char *buf, unsigned int len)
{
	unsigned int i;

	if (!buf && len)
		return -EINVAL;
	for (i = 0; i < len; i++) {
		/* Terminals in raw mode (QEMU's -serial stdio on a tty)
		 * need the carriage return. */
		if (buf[i] == '\n')
			uart_putc('\r');
		uart_putc(buf[i]);
	}
	return (int)len;
}

int ukplat_cink(char *buf, unsigned int maxlen)
{
	unsigned int n = 0;

	if (!buf && maxlen)
		return -EINVAL;
	while (n < maxlen && (inb(COM1 + UART_LSR) & LSR_DR))
		buf[n++] = (char)inb(COM1 + UART_DATA);
	return (int)n;
}

/*
 * Kernel console on 16550 UARTs, polled (no interrupts): output waits for
 * the transmitter, input returns what the receiver holds.
 *
 * COM1 carries standard output and input; COM2, when the machine has one
 * (`uklink run` adds it), the error stream (ukplat_coute), so that the
 * host can keep stdout and stderr apart. Both send "\n" as "\r\n" (a
 * terminal in raw mode needs the carriage return) and a "\r" of the data
 * as "\r\r": the host turns "\r\n" back into "\n" and "\r\r" into "\r",
 * so binary output survives the trip (docs/vfs.md, "The console").
 *
 * What the host side is, `uklink run` says through QEMU's fw_cfg item
 * opt/org.uklink/stdio: three characters for stdin, stdout and stderr,
 * 't' a terminal, 'f' a file or a pipe. Input from a file or pipe is
 * framed: 0xff escapes, "\xff\xff" is a 0xff byte, "\xff\x00" ends the
 * input; uklink sends it only after the guest's first read has printed
 * the mark "\033_uk:0\033\\" (which uklink removes), so that switching
 * the receive FIFO on then loses nothing. Without the item (QEMU started
 * by hand) every stream is a terminal and input is raw. Read on first
 * use: images that never read or ask pay nothing.
 */
#include <errno.h>
#include <uk/arch/io.h>
#include <uk/plat/console.h>
#include "x86_64.h"

#define COM1		0x3f8
#define COM2		0x2f8
#define UART_DATA	0	/* RBR/THR; divisor low with DLAB */
#define UART_IER	1	/* interrupt enable; divisor high with DLAB */
#define UART_FCR	2	/* FIFO control */
#define UART_LCR	3	/* line control */
#define UART_MCR	4	/* modem control */
#define UART_LSR	5	/* line status */
#define UART_SCR	7	/* scratch: absent UARTs read 0xff */
#define LCR_DLAB	0x80
#define LCR_8N1		0x03
#define LSR_DR		0x01	/* a byte is ready */
#define LSR_THRE	0x20	/* transmitter holding register empty */
#define IN_ESC		0xff	/* framed input: escape byte */
#define IN_END		0x00	/* framed input: after IN_ESC, end of input */

static void uart_init(unsigned short port, unsigned char fcr)
{
	outb(port + UART_IER, 0x00);		/* polled */
	outb(port + UART_LCR, LCR_DLAB);
	outb(port + UART_DATA, 1);		/* 115200 baud */
	outb(port + UART_IER, 0);
	outb(port + UART_LCR, LCR_8N1);
	outb(port + UART_FCR, fcr);
	outb(port + UART_MCR, 0x03);		/* DTR, RTS */
}

void _kvm_console_init(void)
{
	/* COM1's FIFOs stay off as at reset: switching them on clears the
	 * receiver, and QEMU may have put the first byte of raw input there
	 * before we run (1 byte lost in 5 runs, measured). Framed input turns
	 * them on before asking for input (ukplat_cink). */
	uart_init(COM1, 0x00);
}

static void uart_putc(unsigned short port, char c)
{
	while (!(inb(port + UART_LSR) & LSR_THRE))
		;
	outb(port + UART_DATA, (unsigned char)c);
}

static int uart_write(unsigned short port, const char *buf, unsigned int len)
{
	unsigned int i;

	if (!buf && len)
		return -EINVAL;
	for (i = 0; i < len; i++) {
		if (buf[i] == '\n' || buf[i] == '\r')
			uart_putc(port, '\r');
		uart_putc(port, buf[i]);
	}
	return (int)len;
}

int ukplat_coutk(const char *buf, unsigned int len)
{
	return uart_write(COM1, buf, len);
}

/* COM2 if the machine has one (probed once, through its scratch
 * register), else COM1. */
int ukplat_coute(const char *buf, unsigned int len)
{
	static unsigned short port;

	if (!port) {
		outb(COM2 + UART_SCR, 0x5a);
		port = inb(COM2 + UART_SCR) == 0x5a ? COM2 : COM1;
		if (port == COM2)
			uart_init(COM2, 0xc7);	/* FIFOs on, cleared */
	}
	return uart_write(port, buf, len);
}

static char facts[3];

static const char *host_facts(void)
{
	if (!facts[0] && _kvm_fwcfg_read("opt/org.uklink/stdio", facts,
					 sizeof(facts)) != sizeof(facts))
		facts[0] = facts[1] = facts[2] = 't';
	return facts;
}

int ukplat_cisatty(int fd)
{
	return fd >= 0 && fd <= 2 && host_facts()[fd] == 't';
}

int ukplat_cink(char *buf, unsigned int maxlen)
{
	static int esc, ended, asked;
	unsigned int n = 0;
	unsigned char c;

	if (!buf && maxlen)
		return -EINVAL;
	if (host_facts()[0] != 'f') {
		while (n < maxlen && (inb(COM1 + UART_LSR) & LSR_DR))
			buf[n++] = (char)inb(COM1 + UART_DATA);
		return (int)n;
	}
	if (!asked) {
		static const char ready[] = "\033_uk:0\033\\";

		outb(COM1 + UART_FCR, 0xc7);	/* FIFOs on, cleared */
		uart_write(COM1, ready, sizeof(ready) - 1);
		asked = 1;
	}
	while (!ended && n < maxlen && (inb(COM1 + UART_LSR) & LSR_DR)) {
		c = inb(COM1 + UART_DATA);
		if (!esc && c == IN_ESC) {
			esc = 1;
			continue;
		}
		if (esc && c == IN_END)
			ended = 1;
		else if (!esc || c == IN_ESC)
			buf[n++] = (char)c;
		esc = 0;	/* an unknown escape is dropped */
	}
	return n || !ended ? (int)n : -EPIPE;
}

/*
 * x86 port I/O. Argument order is (port, value), as in Unikraft; all static
 * inline, no symbols.
 */
#ifndef UK_ARCH_IO_H
#define UK_ARCH_IO_H

static inline void outb(unsigned short port, unsigned char v)
{
	__asm__ __volatile__("outb %0, %1" :: "a"(v), "Nd"(port));
}

static inline void outw(unsigned short port, unsigned short v)
{
	__asm__ __volatile__("outw %0, %1" :: "a"(v), "Nd"(port));
}

static inline void outl(unsigned short port, unsigned int v)
{
	__asm__ __volatile__("outl %0, %1" :: "a"(v), "Nd"(port));
}

static inline unsigned char inb(unsigned short port)
{
	unsigned char v;

	__asm__ __volatile__("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline unsigned short inw(unsigned short port)
{
	unsigned short v;

	__asm__ __volatile__("inw %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline unsigned int inl(unsigned short port)
{
	unsigned int v;

	__asm__ __volatile__("inl %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

#endif /* UK_ARCH_IO_H */

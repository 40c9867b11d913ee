/*
 * Platform contract: the kernel console (a serial port on kvm). Every
 * platform (kvm, xen, linuxu) implements these; callable from the first
 * line of C on, and from trap handlers.
 */
#ifndef UK_PLAT_CONSOLE_H
#define UK_PLAT_CONSOLE_H

#ifdef __cplusplus
extern "C" {
#endif

/* Writes len bytes of buf to the console, blocking until they are sent;
 * "\n" may be sent as "\r\n". Returns len, or a negative errno (-EINVAL if
 * buf is NULL and len is not 0; -EIO if the console is unusable). */
int ukplat_coutk(const char *buf, unsigned int len);

/* Reads up to maxlen bytes that have already arrived, without waiting.
 * Returns the number of bytes read (0 if none yet), -EPIPE once the input
 * has ended for good and nothing is left (linuxu: end of file on the
 * process's fd 0; a serial console never ends), or another negative errno
 * (-EINVAL if buf is NULL and maxlen is not 0). */
int ukplat_cink(char *buf, unsigned int maxlen);

/* Not part of the contract, a helper over it for read(2)-like callers:
 * waits (polling) until something arrives; 0 once the input has ended. */
static inline int ukplat_cink_wait(char *buf, unsigned int maxlen)
{
	int r;

	if (!maxlen)
		return 0;
	while (!(r = ukplat_cink(buf, maxlen)))
		;
	return r == -32 /* -EPIPE: no errno.h here */ ? 0 : r;
}

/* OPTIONAL (a platform MAY provide it; callers use a weak reference and
 * fall back to ukplat_coutk): writes len bytes of buf to the host's error
 * stream (linuxu: file descriptor 2), for stderr and crash reports.
 * Returns len or a negative errno. */
int ukplat_coute(const char *buf, unsigned int len) __attribute__((weak));

/* OPTIONAL, as ukplat_coute: whether console stream fd (0 input, 1 output,
 * 2 error) reaches a terminal on the host's side: 1 or 0 (0 for any other
 * fd). linuxu asks the kernel about its own fd; kvm knows what `uklink
 * run` told it (fw_cfg); xen cannot tell and says 0. Callers without it
 * answer 1: a console is a terminal. */
int ukplat_cisatty(int fd) __attribute__((weak));

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_CONSOLE_H */

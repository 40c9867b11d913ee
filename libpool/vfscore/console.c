/* The console as a file: what fds 0, 1 and 2 are at boot. Output to the
 * error stream uses the platform's ukplat_coute where it has one (linuxu:
 * the process's real stderr), so stderr stays stderr after a dup2. */
#include "vfs_impl.h"
#include <uk/plat/console.h>
#include <uk/vfs_console.h>

#define CHUNK 0x40000000u	/* the contract takes an unsigned int */

/* A byte poll() took from the platform to see that input is there; the
 * next read returns it first. */
static int peeked = -1;

static long con_read(struct _vfscore_file *f, void *buf, size_t len)
{
	int r;

	(void)f;
	if (peeked < 0 || !len)
		return ukplat_cink_wait(buf, len > CHUNK ? CHUNK
							 : (unsigned int)len);
	*(char *)buf = (char)peeked;
	peeked = -1;
	r = len > 1 ? ukplat_cink((char *)buf + 1, len - 1 > CHUNK ? CHUNK
						: (unsigned int)len - 1) : 0;
	return 1 + (r > 0 ? r : 0);
}

/* Writable always; readable once a byte has arrived or input has ended
 * (then a read returns 0). The platform cannot notify: `polled`. */
static unsigned int con_poll(struct _vfscore_file *f)
{
	unsigned int out = VFSCORE_POLLOUT | VFSCORE_POLLWRNORM;
	char c;
	int r;

	(void)f;
	if (peeked >= 0)
		return out | VFSCORE_POLLIN | VFSCORE_POLLRDNORM;
	r = ukplat_cink(&c, 1);
	if (r == 1) {
		peeked = (unsigned char)c;
		return out | VFSCORE_POLLIN | VFSCORE_POLLRDNORM;
	}
	return r < 0 ? out | VFSCORE_POLLIN | VFSCORE_POLLHUP : out;
}

static long con_write(struct _vfscore_file *f, const void *buf, size_t len)
{
	unsigned int n = len > CHUNK ? CHUNK : (unsigned int)len;

	if (f->priv && ukplat_coute)
		return ukplat_coute(buf, n);
	return ukplat_coutk(buf, n);
}

static int con_stat(struct _vfscore_file *f, struct vfscore_stat *st)
{
	(void)f;
	vfscore_console_stat(st);
	return 0;
}

/* The console never goes away: closing its last fd changes nothing. */
static void con_release(struct _vfscore_file *f)
{
	(void)f;
}

static const struct _vfscore_fops con_ops = {
	.read = con_read, .write = con_write, .stat = con_stat,
	.release = con_release, .poll = con_poll, .polled = 1,
};

int _vfscore_console_isatty(struct _vfscore_file *f)
{
	return vfscore_console_isatty((int)(f - _vfscore_console));
}

/* priv != NULL marks the error stream. */
struct _vfscore_file _vfscore_console[3] = {
	{ .ops = &con_ops, .refs = 1, .flags = VFSCORE_O_RDWR },
	{ .ops = &con_ops, .refs = 1, .flags = VFSCORE_O_RDWR },
	{ .ops = &con_ops, .refs = 1, .flags = VFSCORE_O_RDWR,
	  .priv = &_vfscore_console[2] },
};

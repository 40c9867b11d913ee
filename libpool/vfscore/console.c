/* The console as a file: what fds 0, 1 and 2 are at boot. Output to the
 * error stream uses the platform's ukplat_coute where it has one (linuxu:
 * the process's real stderr), so stderr stays stderr after a dup2. */
#include "vfs_impl.h"
#include <uk/plat/console.h>

#define CHUNK 0x40000000u	/* the contract takes an unsigned int */

static long con_read(struct _vfscore_file *f, void *buf, size_t len)
{
	(void)f;
	return ukplat_cink_wait(buf, len > CHUNK ? CHUNK : (unsigned int)len);
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
	*st = (struct vfscore_stat){ .mode = VFSCORE_S_IFCHR | 0620,
				     .nlink = 1, .blksize = 1024 };
	return 0;
}

/* The console never goes away: closing its last fd changes nothing. */
static void con_release(struct _vfscore_file *f)
{
	(void)f;
}

static const struct _vfscore_fops con_ops = {
	.read = con_read, .write = con_write, .stat = con_stat,
	.release = con_release,
};

int _vfscore_console_isatty(struct _vfscore_file *f)
{
	int fd = (int)(f - _vfscore_console);

	return !ukplat_cisatty || ukplat_cisatty(fd) ? 1 : -ENOTTY;
}

/* priv != NULL marks the error stream. */
struct _vfscore_file _vfscore_console[3] = {
	{ .ops = &con_ops, .refs = 1, .flags = VFSCORE_O_RDWR },
	{ .ops = &con_ops, .refs = 1, .flags = VFSCORE_O_RDWR },
	{ .ops = &con_ops, .refs = 1, .flags = VFSCORE_O_RDWR,
	  .priv = &_vfscore_console[2] },
};

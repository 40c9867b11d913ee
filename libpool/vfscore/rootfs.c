/* Mounts the root filesystem at boot: ramfs, the only filesystem there is
 * (linuxu too: the host's files are out of reach, by design), then fills
 * it from the boot archives (initrd.c). Reached only
 * through the init table, so the manifest forces it in whenever vfscore
 * is linked; its reference to ramfs is what links ramfs. */
#include "vfs_impl.h"
#include <uk/init.h>
#include <uk/ramfs.h>

static int vfscore_rootfs(void)
{
	int r = ramfs_mount(&_vfscore_root);

	return r < 0 ? r : _vfscore_initrd();
}

UK_INIT(vfscore_rootfs, UK_INIT_FS);

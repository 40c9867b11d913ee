/* ramfs: files and directories in memory (ukalloc's default allocator),
 * gone at shutdown. vfscore mounts one as / at boot; it is reached only
 * through vfscore's driver API (<uk/vfs_driver.h>). */
#ifndef __UK_RAMFS_H__
#define __UK_RAMFS_H__

#include <uk/vfs_driver.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A new, empty ramfs: 0 and its root directory in *@root, or -ENOMEM. */
int ramfs_mount(struct vfscore_vnode **root);

#ifdef __cplusplus
}
#endif

#endif /* __UK_RAMFS_H__ */

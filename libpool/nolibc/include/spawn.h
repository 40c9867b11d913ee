/* posix_spawn: no other program can run (prints why, returns ENOSYS). */
#ifndef _SPAWN_H
#define _SPAWN_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct { int __opaque[84]; } posix_spawnattr_t;
typedef struct { int __opaque[20]; } posix_spawn_file_actions_t;

int posix_spawn(pid_t *pid, const char *path,
		const posix_spawn_file_actions_t *fa,
		const posix_spawnattr_t *attr, char *const argv[],
		char *const envp[]);
int posix_spawnp(pid_t *pid, const char *file,
		 const posix_spawn_file_actions_t *fa,
		 const posix_spawnattr_t *attr, char *const argv[],
		 char *const envp[]);

#ifdef __cplusplus
}
#endif

#endif

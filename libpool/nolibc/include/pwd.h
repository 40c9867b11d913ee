/* The user database (POSIX), glibc's struct passwd: one user, root (uid
 * 0, gid 0, home /, shell /bin/sh). */
#ifndef _PWD_H
#define _PWD_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct passwd {
	char *pw_name;
	char *pw_passwd;
	uid_t pw_uid;
	gid_t pw_gid;
	char *pw_gecos;
	char *pw_dir;
	char *pw_shell;
};

/* root for uid 0 / "root", else NULL (errno unchanged: no such user). */
struct passwd *getpwuid(uid_t uid);
struct passwd *getpwnam(const char *name);
/* The same into @pw with its strings in @buf: 0 (*@res NULL if none), or
 * ERANGE. */
int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size,
	       struct passwd **res);
int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
	       struct passwd **res);
void setpwent(void);
void endpwent(void);
struct passwd *getpwent(void);

#ifdef __cplusplus
}
#endif

#endif

/* The group database (POSIX), glibc's struct group: one group, root
 * (gid 0), with no other members. */
#ifndef _GRP_H
#define _GRP_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct group {
	char *gr_name;
	char *gr_passwd;
	gid_t gr_gid;
	char **gr_mem;
};

struct group *getgrgid(gid_t gid);
struct group *getgrnam(const char *name);
int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size,
	       struct group **res);
int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size,
	       struct group **res);
int setgroups(size_t n, const gid_t *list);
int initgroups(const char *user, gid_t gid);

#ifdef __cplusplus
}
#endif

#endif

/* A reader of cpio "newc" archives: the initrd format (what Linux's
 * initramfs takes, `cpio -o -H newc`). It walks the archive in place,
 * copying nothing, and checks every entry before handing it out.
 *
 * An entry is a 110-byte header ("070701", or "070702" with a checksum,
 * then 13 fields of 8 hex digits), the name (namesize bytes, its NUL
 * included), padding to 4 bytes, the data (filesize bytes), padding to 4
 * bytes. "TRAILER!!!" ends an archive; archives may be concatenated, with
 * zero bytes between them.
 *
 * What a reader refuses (ukcpio_next returns -EINVAL, r->err says why):
 * a truncated archive or one without its trailer, a bad magic or header
 * field, an empty or unterminated name, a name over UKCPIO_PATH_MAX bytes
 * or with a component over UKCPIO_NAME_MAX, a ".." component (a leading
 * "/" or "./" is fine: names are relative to the archive's root), a file
 * type other than regular file, directory or symbolic link, a directory
 * with data, a link whose target is empty or over UKCPIO_PATH_MAX bytes,
 * and a "070702" entry whose checksum does not match its data. */
#ifndef __UK_CPIO_H__
#define __UK_CPIO_H__

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define UKCPIO_PATH_MAX	4095	/* bytes of a name, without its NUL */
#define UKCPIO_NAME_MAX	255	/* bytes of one path component */

enum ukcpio_error {
	UKCPIO_OK = 0,
	UKCPIO_ETRUNC,		/* the archive ends inside an entry */
	UKCPIO_ENOTRAILER,	/* the archive ends without "TRAILER!!!" */
	UKCPIO_EMAGIC,		/* not "070701" or "070702" */
	UKCPIO_EFIELD,		/* a header field is not 8 hex digits */
	UKCPIO_ENAME,		/* empty name, or not NUL-terminated */
	UKCPIO_ENAMELEN,	/* name or a component too long */
	UKCPIO_EDOTDOT,		/* a ".." component */
	UKCPIO_ETYPE,		/* not a regular file, directory or link */
	UKCPIO_EDIRDATA,	/* a directory with data */
	UKCPIO_ELINK,		/* a link's target is empty or too long */
	UKCPIO_ECHECK,		/* "070702" checksum mismatch */
};

enum ukcpio_type {
	UKCPIO_FILE,
	UKCPIO_DIR,
	UKCPIO_SYMLINK,		/* data: the target, not NUL-terminated */
};

struct ukcpio_entry {
	const char *name;	/* as in the archive, NUL-terminated */
	size_t namelen;		/* strlen(name) */
	enum ukcpio_type type;
	unsigned int perm;	/* permission bits (07777) */
	const void *data;	/* filesize bytes, inside the archive */
	size_t size;
};

struct ukcpio_reader {
	const unsigned char *buf;
	size_t len;
	size_t off;		/* of the next (or the bad) entry's header */
	enum ukcpio_error err;	/* why the last ukcpio_next failed */
	const char *name;	/* the failing entry's name, if it has one */
};

/* Starts reading the archive of @len bytes at @buf. */
void ukcpio_init(struct ukcpio_reader *r, const void *buf, size_t len);

/* The next entry: 1 and *e filled; 0 at the end of the last archive
 * (its trailer, then nothing or zero bytes); -EINVAL if the archive is
 * bad from r->off on (r->err). Once it failed, it fails again. */
int ukcpio_next(struct ukcpio_reader *r, struct ukcpio_entry *e);

/* A short English description of @err ("'..' in a path"). */
const char *ukcpio_strerror(enum ukcpio_error err);

#ifdef __cplusplus
}
#endif

#endif

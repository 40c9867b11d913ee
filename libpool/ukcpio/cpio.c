/* The cpio "newc" reader (<uk/cpio.h>): every check happens before an
 * entry is handed out, so a caller that walks the whole archive first
 * (vfscore's initrd unpacking) knows it is sound before acting on it. */
#include <errno.h>
#include <uk/cpio.h>

#define HDR_LEN		110
#define FIELD_LEN	8
#define S_IFMT		0170000
#define S_IFDIR		0040000
#define S_IFREG		0100000
#define S_IFLNK		0120000

/* Header fields, in order, after the 6-byte magic. */
enum field {
	F_INO, F_MODE, F_UID, F_GID, F_NLINK, F_MTIME, F_FILESIZE,
	F_DEVMAJOR, F_DEVMINOR, F_RDEVMAJOR, F_RDEVMINOR, F_NAMESIZE,
	F_CHECK, NFIELDS
};

static const char trailer[] = "TRAILER!!!";

void ukcpio_init(struct ukcpio_reader *r, const void *buf, size_t len)
{
	r->buf = buf;
	r->len = len;
	r->off = 0;
	r->err = UKCPIO_OK;
	r->name = NULL;
}

static int fail(struct ukcpio_reader *r, enum ukcpio_error err)
{
	r->err = err;
	return -EINVAL;
}

static size_t pad4(size_t n)
{
	return (n + 3) & ~(size_t)3;
}

/* Parses the 13 fields of the header at @h; 0 or -1 (not hex). */
static int parse_fields(const unsigned char *h, unsigned long *f)
{
	int i, j;

	for (i = 0; i < NFIELDS; i++) {
		unsigned long v = 0;

		for (j = 0; j < FIELD_LEN; j++) {
			unsigned char c = h[6 + i * FIELD_LEN + j];

			if (c >= '0' && c <= '9')
				v = v * 16 + (c - '0');
			else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
				v = v * 16 + ((c | 0x20) - 'a' + 10);
			else
				return -1;
		}
		f[i] = v;
	}
	return 0;
}

/* Checks the name's length and components (NUL-terminated, n bytes). */
static enum ukcpio_error check_name(const char *name, size_t n)
{
	size_t i, start = 0;

	if (n > UKCPIO_PATH_MAX)
		return UKCPIO_ENAMELEN;
	for (i = 0; i <= n; i++) {
		if (i < n && name[i] != '/')
			continue;
		if (i - start > UKCPIO_NAME_MAX)
			return UKCPIO_ENAMELEN;
		if (i - start == 2 && name[start] == '.' &&
		    name[start + 1] == '.')
			return UKCPIO_EDOTDOT;
		start = i + 1;
	}
	return UKCPIO_OK;
}

static int is_trailer(const char *name, size_t n)
{
	size_t i;

	if (n != sizeof(trailer) - 1)
		return 0;
	for (i = 0; i < n; i++)
		if (name[i] != trailer[i])
			return 0;
	return 1;
}

/* After a trailer: the end if only zero bytes follow; else the next
 * archive starts at the first non-zero byte (4-byte aligned). */
static int skip_padding(struct ukcpio_reader *r)
{
	size_t o = r->off;

	while (o < r->len && !r->buf[o])
		o++;
	if (o == r->len) {
		r->off = o;
		return 0;
	}
	r->off = o & ~(size_t)3;
	return 1;
}

static unsigned long checksum(const unsigned char *p, size_t n)
{
	unsigned long s = 0;

	while (n--)
		s += *p++;
	return s & 0xffffffffUL;
}

int ukcpio_next(struct ukcpio_reader *r, struct ukcpio_entry *e)
{
	const unsigned char *h;
	unsigned long f[NFIELDS];
	const char *name;
	size_t namesz, size, doff;
	unsigned long type;
	enum ukcpio_error err;

	if (r->err)
		return -EINVAL;
	if (r->off == r->len)
		return fail(r, r->len ? UKCPIO_ENOTRAILER : UKCPIO_ETRUNC);
	if (r->len - r->off < HDR_LEN)
		return fail(r, UKCPIO_ETRUNC);
	h = r->buf + r->off;
	if (h[0] != '0' || h[1] != '7' || h[2] != '0' || h[3] != '7' ||
	    h[4] != '0' || (h[5] != '1' && h[5] != '2'))
		return fail(r, UKCPIO_EMAGIC);
	if (parse_fields(h, f))
		return fail(r, UKCPIO_EFIELD);
	namesz = f[F_NAMESIZE];
	size = f[F_FILESIZE];
	if (namesz > r->len - r->off - HDR_LEN)
		return fail(r, UKCPIO_ETRUNC);
	name = (const char *)h + HDR_LEN;
	if (namesz < 2 || name[namesz - 1])
		return fail(r, UKCPIO_ENAME);
	doff = pad4(r->off + HDR_LEN + namesz);
	if (doff > r->len || size > r->len - doff)
		return fail(r, UKCPIO_ETRUNC);
	for (e->namelen = 0; name[e->namelen]; e->namelen++)
		;
	if (e->namelen != namesz - 1)
		return fail(r, UKCPIO_ENAME);
	r->name = name;
	if (is_trailer(name, e->namelen)) {
		r->off = doff + size;
		return skip_padding(r) ? ukcpio_next(r, e) : 0;
	}
	err = check_name(name, e->namelen);
	if (err)
		return fail(r, err);
	type = f[F_MODE] & S_IFMT;
	if (type != S_IFREG && type != S_IFDIR && type != S_IFLNK)
		return fail(r, UKCPIO_ETYPE);
	if (type == S_IFDIR && size)
		return fail(r, UKCPIO_EDIRDATA);
	if (type == S_IFLNK && (!size || size > UKCPIO_PATH_MAX))
		return fail(r, UKCPIO_ELINK);
	if (h[5] == '2' && checksum(r->buf + doff, size) != f[F_CHECK])
		return fail(r, UKCPIO_ECHECK);
	r->name = NULL;
	e->name = name;
	e->type = type == S_IFDIR ? UKCPIO_DIR :
		  type == S_IFLNK ? UKCPIO_SYMLINK : UKCPIO_FILE;
	e->perm = f[F_MODE] & 07777;
	e->data = r->buf + doff;
	e->size = size;
	r->off = pad4(doff + size);
	if (r->off > r->len)	/* the last entry's padding may be cut */
		r->off = r->len;
	return 1;
}

const char *ukcpio_strerror(enum ukcpio_error err)
{
	switch (err) {
	case UKCPIO_OK:		return "no error";
	case UKCPIO_ETRUNC:	return "truncated archive";
	case UKCPIO_ENOTRAILER:	return "archive ends without its trailer";
	case UKCPIO_EMAGIC:	return "bad magic (not a cpio newc archive)";
	case UKCPIO_EFIELD:	return "bad header field (not hexadecimal)";
	case UKCPIO_ENAME:	return "empty or unterminated name";
	case UKCPIO_ENAMELEN:	return "name too long";
	case UKCPIO_EDOTDOT:	return "'..' in a path";
	case UKCPIO_ETYPE:
		return "unsupported file type (only regular files, directories "
		       "and symbolic links)";
	case UKCPIO_EDIRDATA:	return "directory with data";
	case UKCPIO_ELINK:	return "symbolic link with an empty or overlong target";
	case UKCPIO_ECHECK:	return "checksum mismatch";
	}
	return "unknown error";
}

/* embed.c: `--embed DIR`: the files of DIR linked into the image.
 *
 * The directories given are packed into one cpio "newc" archive (the
 * initrd format), in name order, directories before their contents,
 * names relative to DIR, permission bits kept, owners and times not
 * (the image stays reproducible). The archive becomes an LLVM IR module,
 * assembled with llvm-as and linked as an application input:
 *   __uk_embed_start / __uk_embed_end  the archive (read-only data), which
 *       vfscore unpacks into / at boot before the platform's initrd;
 *   a reference to vfscore_unpack, which links the file system (an image
 *       whose files nothing would unpack makes no sense).
 * Symbolic links go in as links (their targets as they are). What the
 * unikernel's file system cannot hold is refused here, with the path:
 * devices, FIFOs and sockets, names the boot-time reader refuses (a
 * component over 255 bytes, a path over 4095). */
#include "proc.h"
#include "uk.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define NAME_MAX_ 255
#define PATH_MAX_ 4095

static void newc_entry(struct uk_buf *b, const char *name, unsigned mode,
		       const char *data, size_t size, unsigned ino)
{
	static const char zeros[4];
	size_t nlen = strlen(name) + 1;

	buf_printf(b, "070701%08X%08X%08X%08X%08X%08X%08zX%08X%08X%08X%08X%08zX%08X",
		   ino, mode, 0, 0, 1, 0, size, 0, 0, 0, 0, nlen, 0);
	buf_add(b, name, nlen);
	buf_add(b, zeros, (4 - b->n % 4) % 4);
	if (size)	/* directories and empty files have no data */
		buf_add(b, data, size);
	buf_add(b, zeros, (4 - b->n % 4) % 4);
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int skip_dots(const struct dirent *e)
{
	return strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
}

/* Adds the contents of directory `path` (archive name `rel`, "" at the
 * top) to b; errors are reported, and packing goes on to find them all. */
static void pack_dir(struct uk_diag *dg, const char *path, const char *rel,
		     struct uk_buf *b, unsigned *ino)
{
	struct dirent **ents;
	int n = scandir(path, &ents, skip_dots, by_name);

	if (n < 0) {
		uk_error(dg, path, "--embed: cannot read: %s", strerror(errno));
		return;
	}
	for (int i = 0; i < n; i++) {
		char *p = xasprintf("%s/%s", path, ents[i]->d_name);
		char *r = *rel ? xasprintf("%s/%s", rel, ents[i]->d_name)
			       : xstrdup(ents[i]->d_name);
		struct stat st;
		char *data = NULL;
		size_t len = 0;

		if (lstat(p, &st) < 0)
			uk_error(dg, p, "--embed: %s", strerror(errno));
		else if (strlen(ents[i]->d_name) > NAME_MAX_ ||
			 strlen(r) > PATH_MAX_)
			uk_error(dg, p, "--embed: name too long for the unikernel "
				 "(components up to %d bytes, paths up to %d)",
				 NAME_MAX_, PATH_MAX_);
		else if (S_ISDIR(st.st_mode)) {
			newc_entry(b, r, 040000 | (st.st_mode & 07777), NULL, 0,
				   ++*ino);
			pack_dir(dg, p, r, b, ino);
		} else if (S_ISLNK(st.st_mode)) {
			char t[PATH_MAX_ + 1];
			ssize_t n = readlink(p, t, sizeof(t));
			if (n <= 0 || n > PATH_MAX_)
				uk_error(dg, p, "--embed: cannot read the link");
			else
				newc_entry(b, r, 0120777, t, (size_t)n, ++*ino);
		} else if (!S_ISREG(st.st_mode))
			uk_error(dg, p, "--embed: not a regular file, a directory "
				 "or a symbolic link (the unikernel's file system "
				 "holds only those)");
		else if (read_whole(p, &data, &len) < 0)
			uk_error(dg, p, "--embed: cannot read: %s",
				 strerror(errno));
		else
			newc_entry(b, r, 0100000 | (st.st_mode & 07777), data,
				   len, ++*ino);
		free(data);
		free(p);
		free(r);
		free(ents[i]);
	}
	free(ents);
}

/* The IR module: the archive as a constant, its end, the pull. */
static void write_ir(const struct uk_ctx *c, const struct uk_buf *a,
		     struct uk_buf *ir)
{
	buf_printf(ir, "; uklink --embed: the archive vfscore unpacks at boot\n"
		   "target datalayout = \"%s\"\ntarget triple = \"%s\"\n",
		   c->t.datalayout, c->t.triple);
	buf_printf(ir, "@__uk_embed_start = constant [%zu x i8] c\"", a->n);
	for (size_t i = 0; i < a->n; i++) {
		unsigned char ch = (unsigned char)a->p[i];

		if (ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\\')
			buf_add(ir, &a->p[i], 1);
		else
			buf_printf(ir, "\\%02X", ch);
	}
	buf_printf(ir, "\", section \".rodata.uk_embed\", align 4\n"
		   "@__uk_embed_end = alias i8, getelementptr (i8, ptr "
		   "@__uk_embed_start, i64 %zu)\n"
		   "declare i32 @vfscore_unpack(ptr, i64, ptr)\n"
		   "@__uk_embed_pull = internal constant ptr @vfscore_unpack\n"
		   "@llvm.used = appending global [1 x ptr] [ptr "
		   "@__uk_embed_pull], section \"llvm.metadata\"\n", a->n);
}

int embed_dirs(struct uk_ctx *c)
{
	struct uk_buf a = { 0 }, ir = { 0 };
	unsigned ino = 0;
	int rc = 0;

	if (!c->o.embeds.n)
		return 0;
	for (int i = 0; i < c->o.embeds.n; i++) {
		if (!is_dir(c->o.embeds.v[i]))
			uk_error(&c->dg, c->o.embeds.v[i],
				 "--embed: not a directory");
		else
			pack_dir(&c->dg, c->o.embeds.v[i], "", &a, &ino);
	}
	if (c->dg.nerrors || make_tmpdir(c) < 0) {
		free(a.p);
		return -1;
	}
	newc_entry(&a, "TRAILER!!!", 0, NULL, 0, 0);
	char *ll = xasprintf("%s/embed.ll", c->tmpdir);
	char *bc = xasprintf("%s/embed.bc", c->tmpdir);
	if (!c->o.dry_run) {
		write_ir(c, &a, &ir);
		const char *as = getenv("UKLINK_AS");
		char *argv[] = { (char *)(as && *as ? as : "llvm-as-19"), ll,
				 "-o", bc, NULL };
		FILE *f = fopen(ll, "w");
		int bad = !f || fwrite(ir.p, 1, ir.n, f) != ir.n;
		if ((f && fclose(f)) || bad) {
			uk_error(&c->dg, ll, "cannot write: %s", strerror(errno));
			rc = -1;
		} else if (run_wait(argv) != 0) {
			uk_error(&c->dg, ll, "%s failed on the --embed module",
				 argv[0]);
			rc = -1;
		}
	}
	if (!rc)
		strv_push(&c->o.inputs, bc);
	free(ll);
	free(bc);
	free(a.p);
	free(ir.p);
	return rc;
}

/* temps.c: the private temporary directory (the linker script, the -D
 * module; kept with --keep-temps DIR) and the temporary output next to
 * -o; remove_temps() removes what is left at exit. */
#include "uk.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int make_tmpdir(struct uk_ctx *c)
{
	if (c->tmpdir)
		return 0; /* made already (--embed needs it early) */
	if (c->o.keep_temps) {
		c->tmpdir = xstrdup(c->o.keep_temps);
		if (!c->o.dry_run && mkdir(c->tmpdir, 0700) < 0 &&
		    errno != EEXIST) {
			uk_error(&c->dg, c->tmpdir, "cannot create: %s", strerror(errno));
			return -1;
		}
		return 0;
	}
	const char *t = getenv("TMPDIR");
	c->tmpdir = xasprintf("%s/uklink-XXXXXX", t && *t ? t : "/tmp");
	if (c->o.dry_run)
		return 0; /* write nothing: the command shows the pattern */
	if (!mkdtemp(c->tmpdir)) {
		uk_error(&c->dg, c->tmpdir, "cannot create a temporary directory: %s",
			 strerror(errno));
		return -1;
	}
	c->tmpdir_made = 1;
	return 0;
}

void remove_temps(struct uk_ctx *c)
{
	if (c->tmp_out) {
		unlink(c->tmp_out);
		free(c->tmp_out);
		c->tmp_out = NULL;
	}
	if (!c->tmpdir_made)
		return;
	DIR *d = opendir(c->tmpdir);
	if (d) {
		struct dirent *e;
		while ((e = readdir(d))) {
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			char *p = xasprintf("%s/%s", c->tmpdir, e->d_name);
			unlink(p);
			free(p);
		}
		closedir(d);
	}
	rmdir(c->tmpdir);
	c->tmpdir_made = 0;
}

/* A temporary output next to -o, so that the final rename is atomic. */
void temp_output(struct uk_ctx *c)
{
	const char *out = c->o.out, *slash = strrchr(out, '/');
	char *dir = slash ? xstrndup(out, (size_t)(slash - out + 1)) : xstrdup("");
	c->tmp_out = xasprintf("%s.%s.uklink-XXXXXX", dir, slash ? slash + 1 : out);
	free(dir);
	if (c->o.dry_run)
		return;
	int fd = mkstemp(c->tmp_out);
	if (fd < 0) {
		uk_error(&c->dg, c->o.out, "cannot create the output: %s",
			 strerror(errno));
		free(c->tmp_out);
		c->tmp_out = NULL;
		return;
	}
	close(fd);
}


/* Lists a cpio archive with ukcpio's reader, for tests/test_cpio.py:
 * one line per entry "d|f PERM SIZE NAME", then "end", or
 * "error OFFSET MESSAGE" where the reader stopped. */
#include <stdio.h>
#include <stdlib.h>
#include <uk/cpio.h>

int main(int argc, char **argv)
{
	struct ukcpio_reader r;
	struct ukcpio_entry e;
	static unsigned char buf[1 << 24];
	size_t len;
	FILE *f;
	int n;

	if (argc != 2 || !(f = fopen(argv[1], "rb")))
		return 2;
	len = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	ukcpio_init(&r, buf, len);
	while ((n = ukcpio_next(&r, &e)) == 1)
		printf("%c %04o %zu %s\n", e.type == UKCPIO_DIR ? 'd' :
		       e.type == UKCPIO_SYMLINK ? 'l' : 'f', e.perm, e.size,
		       e.name);
	if (n == 0)
		printf("end\n");
	else
		printf("error %zu %s%s%s\n", r.off, ukcpio_strerror(r.err),
		       r.name ? ": " : "", r.name ? r.name : "");
	/* Once failed, it stays failed. */
	if (n < 0 && ukcpio_next(&r, &e) != n)
		return 3;
	return 0;
}

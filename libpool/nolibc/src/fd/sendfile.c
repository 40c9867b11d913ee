/* sendfile: copies from @in (at *@off, which moves, or at its offset) to
 * @out through a buffer: any two fds, as Linux allows today. The count,
 * less at @in's end; -1 with errno if nothing was copied. */
#include <errno.h>
#include <sys/sendfile.h>
#include <unistd.h>

ssize_t sendfile(int out, int in, off_t *off, size_t count)
{
	char buf[4096];
	size_t done = 0;
	ssize_t r, w;

	while (done < count) {
		size_t n = count - done < sizeof(buf) ? count - done : sizeof(buf);

		r = off ? pread(in, buf, n, *off) : read(in, buf, n);
		if (r <= 0)
			break;
		w = write(out, buf, r);
		if (w > 0) {
			done += w;
			if (off)
				*off += w;
		}
		if (w != r) {
			/* the rest stays in @in: give back what was read */
			if (!off && w >= 0)
				lseek(in, w - r, SEEK_CUR);
			if (w < 0 && !done)
				return -1;
			break;
		}
	}
	if (!done && r < 0)
		return -1;
	return done;
}

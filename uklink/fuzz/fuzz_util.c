/* fuzz_util.c: the harnesses' in-memory file (fuzz.h). The readers'
 * messages are silenced by the runner (-close_fd_mask=3), not here:
 * libFuzzer's and the sanitizers' reports must survive. */
#define _GNU_SOURCE
#include "fuzz.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

const char *fuzz_file(const uint8_t *d, size_t n)
{
	static int fd = -1;
	static char name[64];
	if (fd < 0) {
		fd = memfd_create("fuzz", 0);
		if (fd < 0) {
			perror("memfd_create");
			abort();
		}
		snprintf(name, sizeof(name), "/proc/self/fd/%d", fd);
	}
	if (ftruncate(fd, 0) < 0 || pwrite(fd, d, n, 0) != (ssize_t)n) {
		perror("fuzz_file");
		abort();
	}
	return name;
}

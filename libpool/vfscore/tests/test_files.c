/* Files on ramfs through vfscore with nolibc: stdio on a file (fopen,
 * fprintf, fgets, fread, fseek, fclose), write then read back, lseek,
 * fstat, O_APPEND/O_TRUNC/O_EXCL, directories, unlink of an open file,
 * pipes, dup/dup2 (stdout into a file and back), and the errors: ENOENT,
 * EBADF on a closed fd, ENOTDIR, EISDIR, EEXIST, ESPIPE. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <uk/test.h>

#include "fd_checks.h"

int main(void)
{
	check_stdio();
	check_file();
	check_errors();
	check_dirs();
	check_pipe_and_dup2();
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails ? 1 : 0;
}

/* tests/test_console.py: the console's truths. Prints what isatty says
 * for fds 0-2; with an argument "read", reads stdin to its end and prints
 * the byte count and a checksum; writes a line to stderr; writes every
 * byte value (and "\r\n", "\r\r", a lone "\r") to stdout; exits 5. */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	unsigned long n = 0, sum = 0;
	int c;

	printf("isatty %d %d %d\n", isatty(0), isatty(1), isatty(2));
	if (argc > 1)
		while ((c = getchar()) != EOF) {
			n++;
			sum = sum * 31 + (unsigned char)c;
		}
	printf("read %lu bytes, sum %lu\n", n, sum);
	fflush(stdout);
	fprintf(stderr, "this goes to stderr\n");
	for (c = 0; c < 256; c++)
		putchar(c);
	fputs("\r\n|\r\r|\r|\n", stdout);
	return 5;
}

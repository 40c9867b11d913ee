/* Hex dumps, one 16-byte line at a time. */
#include <uk/hexdump.h>
#include <uk/print.h>
#include <uk/plat/console.h>
#include <stdint.h>

#define LINESZ 80	/* one line: 78 characters and a newline */

/* Formats the line of @n (1..16) bytes at @p, offset @off, into @out;
 * returns its length. */
static int hexline(char *out, const uint8_t *p, size_t n, size_t off)
{
	static const char hex[] = "0123456789abcdef";
	char *o = out;
	int i;

	for (i = 28; i >= 0; i -= 4)
		*o++ = hex[(off >> i) & 0xf];
	*o++ = ' ';
	for (i = 0; i < 16; i++) {
		*o++ = ' ';
		if (i == 8)
			*o++ = ' ';
		*o++ = i < (int)n ? hex[p[i] >> 4] : ' ';
		*o++ = i < (int)n ? hex[p[i] & 0xf] : ' ';
	}
	*o++ = ' ';
	*o++ = ' ';
	*o++ = '|';
	for (i = 0; i < (int)n; i++)
		*o++ = p[i] >= 0x20 && p[i] < 0x7f ? p[i] : '.';
	*o++ = '|';
	*o++ = '\n';
	return o - out;
}

void uk_hexdumpk(int lvl, const void *addr, size_t len)
{
	char line[LINESZ];
	size_t off;

	if (!uk_print_enabled(lvl))
		return;
	for (off = 0; off < len; off += 16)
		ukplat_coutk(line, hexline(line, (const uint8_t *)addr + off,
					   len - off < 16 ? len - off : 16,
					   off));
}

int uk_hexdumpsn(char *buf, size_t size, const void *data, size_t len)
{
	char line[LINESZ];
	size_t off, total = 0;
	int n, i;

	for (off = 0; off < len; off += 16) {
		n = hexline(line, (const uint8_t *)data + off,
			    len - off < 16 ? len - off : 16, off);
		for (i = 0; i < n; i++, total++)
			if (total + 1 < size)
				buf[total] = line[i];
	}
	if (size)
		buf[total < size ? total : size - 1] = '\0';
	return total;
}

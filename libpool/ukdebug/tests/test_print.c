/* Kernel messages, hex dumps; ends with a failing UK_ASSERT, so the
 * expected exit status is 127 (crash) after "SUCCESS" and the report. */
#include <stdio.h>
#include <string.h>
#include <uk/print.h>
#include <uk/assert.h>
#include <uk/hexdump.h>

int main(void)
{
	static const char data[] = "Hello, hexdump!\n\001\002";
	char buf[256];
	int n, fails = 0;

	uk_pr_warn("warning %d\n", 3);	/* printed at the default level 3 */
	uk_pr_info("not printed by default\n");
	uk_printk("printk %s\n", "works");
	n = uk_hexdumpsn(buf, sizeof(buf), data, sizeof(data));
	if (n != 79 + 66 || strncmp(buf, "00000000  48 65 6c 6c 6f 2c 20 68  "
				   "65 78 64 75 6d 70 21 0a  |Hello, hexdump!.|\n"
				   "00000010  01 02 00", 97)) {
		printf("FAIL hexdump (%d):\n%s", n, buf);
		fails++;
	}
	uk_hexdumpk(UK_PRINT_WARN, data, sizeof(data));
	UK_ASSERT(n > 0);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	fflush(stdout);
	UK_ASSERT(n == 0);	/* crashes: status 127 */
	return 1;
}

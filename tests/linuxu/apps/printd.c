/* Kernel messages on linuxu: uk_pr_warn's header (written by hand in
 * ukdebug/print.c) and its formatting, and the integer-only formatter's
 * '?' for a double (kernel printing links no float code). */
#include <uk/print.h>

int main(void)
{
	uk_pr_warn("warning %d %s %f|\n", -3, "ok", 2.5);
	uk_printk("printk %x\n", 255U);
	return 0;
}

/* One kernel message at each level (tests/test_loglevel.py links it with
 * -D UKDEBUG_LOGLVL=N and checks which came out). */
#include <stdio.h>
#include <uk/print.h>

int main(void)
{
	uk_pr_crit("message crit\n");
	uk_pr_err("message err\n");
	uk_pr_warn("message warn\n");
	uk_pr_info("message info\n");
	uk_pr_debug("message debug\n");
	printf("done\n");
	return 0;
}

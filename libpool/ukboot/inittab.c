/* The init table's walker (uk/init.h): linked by the entries' own
 * references, so that an image without entries has neither it nor the
 * failure report's printing. */
#include <uk/init.h>
#include <uk/assert.h>

void ukboot_inittab_run(void)
{
	const struct uk_init_entry *e;
	int r;

	for (e = __uk_inittab_start; e < __uk_inittab_end; e++) {
		r = e->fn();
		if (r < 0)
			UK_CRASH("init %s failed: %d\n", e->name, r);
	}
}

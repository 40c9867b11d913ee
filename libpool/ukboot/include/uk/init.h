/* Init table: functions ukboot_start() runs before main(), by level.
 *
 * UK_INIT(fn, level) places an entry for `int fn(void)` in the section
 * .uk_inittab.<level>; ukboot's linker-script fragment (inittab.ld) sorts
 * the sections by name, so levels 0..9 run in order (within a level, in
 * link order). fn returns 0, or a negative errno, which stops the boot
 * with a report. A file holding UK_INIT is reached only through the
 * section: list it under `forced` in the library's manifest. */
#ifndef __UK_INIT_H__
#define __UK_INIT_H__

#ifdef __cplusplus
extern "C" {
#endif

/* 0: the boot thread's TLS block (ukboot_tls_setup), before anything
 * that may touch a thread-local variable. */
#define UK_INIT_EARLY	1	/* platform late init */
#define UK_INIT_ALLOC	2	/* allocators */
#define UK_INIT_LIB	3	/* libraries */
#define UK_INIT_FS	4	/* file systems, network */
#define UK_INIT_APP	5	/* application constructors */

typedef int (*uk_init_func_t)(void);

struct uk_init_entry {
	uk_init_func_t fn;
	const char *name;	/* for the failure report */
	/* ukboot's table walker: each entry's reference links it (and its
	 * failure report, UK_CRASH's printing), an image without entries
	 * has neither (ukboot_start reaches it by a weak reference). */
	void (*run)(void);
};

/* Runs the entries by level (inittab.c); a failure stops the boot. */
void ukboot_inittab_run(void);

#define _UK_INIT_STR(x) #x
#define _UK_INIT_SECTION(level) ".uk_inittab." _UK_INIT_STR(level)
#define _UK_INIT_CAT(a, b) a##b
#define _UK_INIT_NAME(fn) _UK_INIT_CAT(_uk_inittab_, fn)

/* Registers fn (a 1-digit level or a UK_INIT_* name). */
#define UK_INIT(fn, level) \
	static const struct uk_init_entry _UK_INIT_NAME(fn) \
	__attribute__((used, section(_UK_INIT_SECTION(level)), \
		       aligned(sizeof(void *)))) = \
		{ (fn), #fn, ukboot_inittab_run }

/* Bounds of the table, from inittab.ld. */
extern const struct uk_init_entry __uk_inittab_start[];
extern const struct uk_init_entry __uk_inittab_end[];

#ifdef __cplusplus
}
#endif

#endif

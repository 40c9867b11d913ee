/* Bootstrapping: what the platform calls once its own setup is done. */
#ifndef __UK_BOOT_H__
#define __UK_BOOT_H__

#ifdef __cplusplus
extern "C" {
#endif

/* Runs the init table (<uk/init.h>) level by level, crashing with a report
 * if an entry fails; runs the constructors (.init_array); splits
 * ukplat_cmdline() into argv, with argv[0] the option UKBOOT_ARGV0 and at
 * most 64 arguments in all; calls main(argc, argv) and ends with
 * exit(its result), so atexit handlers run and stdio is flushed. */
void ukboot_start(void) __attribute__((noreturn));

/* Gives the boot thread its TLS block (a copy of .tdata, zeroed .tbss) and
 * makes the TCB above it the thread pointer, keeping the boot canary. An
 * init entry of level 0; linked only into images with thread-local
 * variables, whose linker script defines the TLS symbols it uses. */
int ukboot_tls_setup(void);

#ifdef __cplusplus
}
#endif

#endif

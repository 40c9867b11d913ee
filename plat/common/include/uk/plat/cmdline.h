/*
 * Platform contract: the command line given by the host.
 */
#ifndef UK_PLAT_CMDLINE_H
#define UK_PLAT_CMDLINE_H

#ifdef __cplusplus
extern "C" {
#endif

/* Returns the command line (the arguments only, without argv[0]), as the
 * host gave it: NUL-terminated, read-only, valid forever. Never NULL: ""
 * when the host gave none. */
const char *ukplat_cmdline(void);

/* OPTIONAL (weak; fallback: ukboot parses ukplat_cmdline()): returns argc
 * and sets *argv to the host's exact argument vector, argv[0] included,
 * NULL-terminated, writable and valid forever. argc may be 0 (an empty
 * argv); ukboot then supplies UKBOOT_ARGV0. */
int ukplat_argv(char ***argv) __attribute__((weak));

/* OPTIONAL (weak; fallback: no environment): the host's environment as
 * "NAME=value" strings ending with NULL; never NULL when provided. */
char **ukplat_environ(void) __attribute__((weak));

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_CMDLINE_H */

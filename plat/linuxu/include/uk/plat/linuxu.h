/*
 * Contract additions the linuxu platform provides (docs/linuxu.md).
 *
 * PROPOSED for plat/common/include/uk/plat/ (console.h, cmdline.h and a new
 * time.h): every function here is one a platform MAY provide. Generic code
 * (nolibc, ukboot, ukdebug) reaches them through weak references and falls
 * back to the base contract when the platform linked has none, so kvm
 * needs no change. Until they move, this header is on the include path of
 * the linuxu pool target only.
 */
#ifndef UK_PLAT_LINUXU_H
#define UK_PLAT_LINUXU_H

#ifdef __cplusplus
extern "C" {
#endif

/* console.h: writes len bytes of buf to the host's error stream (linuxu:
 * file descriptor 2), as ukplat_coutk does to the console. For stderr
 * (nolibc's write(2, ...)) and kernel diagnostics (crash reports). Returns
 * len or a negative errno. Fallback: ukplat_coutk. */
int ukplat_coute(const char *buf, unsigned int len);

/* cmdline.h: returns argc and sets *argv to the host's argument vector,
 * argv[0] included, NULL-terminated, writable and valid forever. It is
 * exact: no quoting survives a round trip through ukplat_cmdline(). argc
 * may be 0 (a process started with an empty argv); ukboot then supplies
 * UKBOOT_ARGV0. Fallback: ukboot parses ukplat_cmdline(). */
int ukplat_argv(char ***argv);

/* cmdline.h: returns the host's environment, "NAME=value" strings ending
 * with NULL; never NULL (an empty vector when there is none). Fallback for
 * nolibc's getenv(): no environment. */
char **ukplat_environ(void);

/* time.h: nanoseconds on a clock that never goes back and starts at some
 * fixed point no later than boot. */
unsigned long long ukplat_monotonic_clock(void);

/* time.h: nanoseconds since the Unix epoch (wall-clock time); 0 if the
 * platform does not know the date. */
unsigned long long ukplat_wall_clock(void);

/* time.h: waits until ukplat_monotonic_clock() >= until, or returns early
 * when an event arrives (linuxu: a signal). Returns at once if until is
 * already past. */
void ukplat_halt_to(unsigned long long until);

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_LINUXU_H */

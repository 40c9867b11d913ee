/* runio.h: the guest's standard streams in `uklink run`'s relay (runio.c).
 *
 * What the target's facts ask for (docs/uklink.md, "Standard streams"):
 *   {stderr}          a pipe the runner writes the guest's error stream to
 *                     (kvm: QEMU's second serial port), relayed to our
 *                     stderr;
 *   {stdio}           three letters for stdin, stdout, stderr: 't' ours
 *                     is a terminal, 'f' a file or pipe (kvm: fw_cfg);
 *   run_stdin framed  our stdin, when not a terminal, goes to the runner's
 *                     stdin with 0xff escaped ("\xff\xff") and "\xff\x00"
 *                     after the last byte: the guest sees end of file; fed
 *                     only once the console showed "\033_uk:0\033\\" (the
 *                     guest is ready: its receiver loses nothing), removed;
 *   run_split apc     the console carries the error stream between
 *                     "\033_uk:2\033\\" and "\033_uk:1\033\\" (xen).
 * A serial console sends "\r\n" for "\n" and "\r\r" for "\r": undone
 * when our stream is not a terminal (a terminal wants them as they are).
 */
#ifndef UKLINK_RUNIO_H
#define UKLINK_RUNIO_H

#include <stddef.h>

/* A console decoder: "\r\n" -> "\n", "\r\r" -> "\r"; optionally the APC
 * marks that switch between stdout and stderr. */
struct uk_condec {
	int raw;          /* a terminal: pass bytes as they are */
	int cr;           /* the last byte was a '\r' not yet written */
	int split;        /* watch for the stream marks (run_split apc) */
	int ready_mark;   /* watch for the ready mark (framed input) */
	int ready;        /* the ready mark was seen */
	int to;           /* where bytes go now: 1 or 2 */
	char mark[16];    /* a possible mark, not yet written */
	size_t nmark;
};

struct uk_runio {
	int framed, split;
	int in_r, in_w;   /* the runner's stdin pipe when framing (-1) */
	int err_r, err_w; /* the guest's error channel ({stderr}; -1) */
	char stdio[4];    /* {stdio} */
	struct uk_condec con, err;
};

/* facts: run_stdin, run_split; our own streams' kinds. */
void runio_init(struct uk_runio *io, const char *stdin_fact,
		const char *split_fact);
/* {stderr}: "/dev/fd/N" of the error channel's write end (made on first
 * use; NULL if no pipe can be made). */
char *runio_stderr_path(struct uk_runio *io);
/* After the runner started: close the ends that are the runner's. */
void runio_started(struct uk_runio *io);
void runio_close(struct uk_runio *io);

/* Relays until the runner's stdout and stderr are closed, or the
 * deadline (0: none) passes (returns 1). The console's bytes for our
 * stdout go through `scan` (status lines) after decoding (the stream
 * marks removed, so a line after the error stream still starts with its
 * own text); a runner stderr line starting
 * with `said` sets *runner_said. */
int runio_relay(struct uk_runio *io, int out, int err, double deadline,
		const char *said, int *runner_said,
		void (*scan)(void *arg, const char *p, size_t n), void *arg);

#endif

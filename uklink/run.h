/* run.h: `uklink run` (run.c): boot or start an image, stream its console
 * and return the guest's exit status. It has its own state: it links
 * nothing. */
#ifndef UKLINK_RUN_H
#define UKLINK_RUN_H

#include "diag.h"

struct uk_runopts;

struct uk_run {
	const struct uk_runopts *o;
	struct uk_diag dg;
	long timeout;     /* seconds, 0: none (the relay's deadline) */
	int exit_status;  /* the guest's */
};

/* Runs the image; returns uklink's exit status (the guest's, or 1/2 on
 * uklink's own errors, 124 on timeout). */
int run_command(const struct uk_runopts *o);

#endif

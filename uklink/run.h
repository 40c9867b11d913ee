/* run.h: `uklink run` (run.c): start an image the way its target's facts
 * say, stream its console and return the guest's exit status. It has its
 * own state (struct uk_run in run.c): it links nothing. */
#ifndef UKLINK_RUN_H
#define UKLINK_RUN_H

struct uk_runopts;

/* Runs the image; returns uklink's exit status (the guest's, or 1/2 on
 * uklink's own errors, 124 on timeout). */
int run_command(const struct uk_runopts *o);

#endif

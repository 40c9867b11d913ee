/* sizediff.h: `uklink size-diff [--check[=PCT,BYTES]] OLD NEW` (sizediff.c),
 * which needs no pool and no link context. */
#ifndef UKLINK_SIZEDIFF_H
#define UKLINK_SIZEDIFF_H

struct uk_sdopts;

/* Prints the growth table; returns uklink's exit status (1: a read
 * error, or --check found growth beyond the tolerance). */
int size_diff(const struct uk_sdopts *o);

#endif

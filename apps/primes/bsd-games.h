/* bsd-games' wrapper headers (include/stdio.h, ...) include this file,
 * which bsd-games' configure generates with HAVE_<function> lines. Ours
 * (primes needs none of the functions they stand in for) keeps the
 * configure step out of the build. */
#ifndef LINUX_BSD_GAMES_H
#define LINUX_BSD_GAMES_H 1
#endif

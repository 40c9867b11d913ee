/* getrandom (Linux, glibc 2.25), provided by uksrand (uk/random.h). */
#ifndef _SYS_RANDOM_H
#define _SYS_RANDOM_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GRND_NONBLOCK	0x01
#define GRND_RANDOM	0x02
#define GRND_INSECURE	0x04

/* Fills buf with len bytes (at most 2^31 - 1 per call) from uksrand's
 * generator, seeding it first if needed; never blocks, whatever flags
 * say. Returns the count, or -1 with errno EINVAL for unknown flags. */
ssize_t getrandom(void *buf, size_t len, unsigned int flags);

#ifdef __cplusplus
}
#endif

#endif

/* lwIP's architecture header for the uklink port: types come from the C
 * library (<stdint.h>, <inttypes.h>); diagnostics and assertions go to
 * printf/abort of whichever libc is linked; random numbers from the glue
 * (sys_arch.c). x86_64 and arm64 are little-endian: lwIP's default. */
#ifndef UK_LWIP_ARCH_CC_H
#define UK_LWIP_ARCH_CC_H

#include <stdio.h>
#include <stdlib.h>

#define LWIP_PLATFORM_DIAG(x)	do { printf x; } while (0)
#define LWIP_PLATFORM_ASSERT(x)						\
	do {								\
		printf("lwip: assertion \"%s\" failed at %s:%d\n", x,	\
		       __FILE__, __LINE__);				\
		abort();						\
	} while (0)

unsigned int _lwip_rand(void);
#define LWIP_RAND()		((u32_t)_lwip_rand())

#endif

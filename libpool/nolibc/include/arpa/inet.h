/* Address conversions (POSIX). */
#ifndef _ARPA_INET_H
#define _ARPA_INET_H

#include <netinet/in.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Text to binary: 1, 0 for text that is not an address of @af, -1 with
 * EAFNOSUPPORT for another family. AF_INET takes dotted quads only. */
int inet_pton(int af, const char *src, void *dst);
/* Binary to text in @dst (@size bytes): @dst, or NULL with ENOSPC or
 * EAFNOSUPPORT. IPv6 in RFC 5952's shortest form. */
const char *inet_ntop(int af, const void *src, char *dst, socklen_t size);
/* The old IPv4 calls: a.b.c.d (and a, a.b, a.b.c forms, octal and hex
 * parts) to binary; inet_ntoa's result is in a static buffer. */
in_addr_t inet_addr(const char *cp);
int inet_aton(const char *cp, struct in_addr *in);
char *inet_ntoa(struct in_addr in);

#ifdef __cplusplus
}
#endif

#endif

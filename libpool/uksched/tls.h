/* A created thread's thread control block and TLS block (tls.c). */
#ifndef _UKSCHED_TLS_H
#define _UKSCHED_TLS_H

#include <stddef.h>

/* Bytes the TLS block and TCB take below struct uk_thread: a multiple of
 * 64 (the TCB's alignment), 64 in images without thread-local variables. */
size_t _uksched_tls_area(void);

/* Builds the TLS block and TCB at @area (page-aligned,
 * _uksched_tls_area() bytes); returns the thread pointer. */
unsigned long _uksched_tls_init(void *area);

#endif

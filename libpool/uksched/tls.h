/* A created thread's thread control block (tls.c). */
#ifndef _UKSCHED_TLS_H
#define _UKSCHED_TLS_H

#include <stddef.h>

/* Bytes the TLS block and TCB take below struct uk_thread (a multiple of
 * 64, the TCB's alignment). */
#define UKSCHED_TLS_AREA	64

/* Builds the TCB at @area (64-byte aligned, UKSCHED_TLS_AREA bytes);
 * returns the thread pointer. */
unsigned long _uksched_tls_init(void *area);

#endif

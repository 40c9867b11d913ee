/* lwIP's operating-system types for the uklink port (NO_SYS=0): its
 * semaphores, mutexes, mailboxes and threads are uksched's (uklock's
 * semaphores and mutexes, ukmpi's mailboxes, uk_thread). sys_arch.c has
 * the functions. */
#ifndef UK_LWIP_ARCH_SYS_ARCH_H
#define UK_LWIP_ARCH_SYS_ARCH_H

#include <uk/mbox.h>
#include <uk/mutex.h>
#include <uk/semaphore.h>

typedef struct {
	struct uk_semaphore s;
	int valid;
} sys_sem_t;

typedef struct {
	struct uk_mutex m;
	int valid;
} sys_mutex_t;

typedef struct {
	struct uk_mbox *m;
} sys_mbox_t;

typedef struct uk_thread *sys_thread_t;

/* SYS_ARCH_PROTECT: the pre-emption counter (one CPU; interrupt handlers
 * never enter lwIP). */
typedef int sys_prot_t;

#define sys_sem_valid(s)		((s)->valid)
#define sys_sem_set_invalid(s)		((s)->valid = 0)
#define sys_mutex_valid(mu)		((mu)->valid)
#define sys_mutex_set_invalid(mu)	((mu)->valid = 0)
#define sys_mbox_valid(mb)		((mb)->m != 0)
#define sys_mbox_set_invalid(mb)	((mb)->m = 0)

#endif

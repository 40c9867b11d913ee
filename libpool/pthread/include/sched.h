/* Process scheduling (POSIX <sched.h>): only the yield; the threads are
 * uksched's (docs/pthread.md). */
#ifndef _SCHED_H
#define _SCHED_H

#ifdef __cplusplus
extern "C" {
#endif

/* Lets the other ready threads run first (uk_thread_yield). Returns 0. */
int sched_yield(void);

/* CPU sets (glibc's 1024 bits) and affinity, nolibc's: there is one CPU,
 * CPU 0; a mask without it is EINVAL. */
typedef struct {
	unsigned long __bits[16];
} cpu_set_t;
#define CPU_SETSIZE	1024
#define CPU_ZERO(s)	__builtin_memset((s), 0, sizeof(cpu_set_t))
#define CPU_SET(c, s)	((s)->__bits[(c) / 64] |= 1UL << ((c) % 64))
#define CPU_CLR(c, s)	((s)->__bits[(c) / 64] &= ~(1UL << ((c) % 64)))
#define CPU_ISSET(c, s)	(!!((s)->__bits[(c) / 64] & (1UL << ((c) % 64))))
#define CPU_COUNT(s)	__builtin_popcountl((s)->__bits[0])
int sched_getaffinity(int pid, __SIZE_TYPE__ size, cpu_set_t *set);
int sched_setaffinity(int pid, __SIZE_TYPE__ size, const cpu_set_t *set);
int sched_getcpu(void);

#ifdef __cplusplus
}
#endif

#endif /* _SCHED_H */

/* The operating-system layer lwIP needs (NO_SYS=0), over uksched:
 * a millisecond clock, semaphores and mutexes (uklock), mailboxes
 * (ukmpi), threads (the tcpip thread), the protection of lwIP's short
 * critical sections (the pre-emption counter), random numbers, and
 * lwIP's heap on ukalloc's default allocator (MEM_LIBC_MALLOC).
 *
 * sys_now() uses the platform's optional time contract,
 * ukplat_monotonic_clock() (<uk/plat/time.h>, a weak reference; kvm,
 * linuxu and xen provide it). Without it: the x86_64 time-stamp counter
 * at an assumed LWIP_TSC_MHZ, a real monotonic clock whose only error is
 * its rate. */
#include <uk/alloc.h>
#include <uk/arch/lcpu.h>
#include <uk/config.h>
#include <uk/plat/time.h>
#include <uk/random.h>
#include <uk/sched.h>
#include <errno.h>
#include <string.h>
#include "lwip/sys.h"
#include "lwip/mem.h"

#define NS_PER_MS	1000000ULL

u32_t sys_now(void)
{
	if (ukplat_monotonic_clock)
		return (u32_t)(ukplat_monotonic_clock() / NS_PER_MS);
	return (u32_t)(ukarch_rdtsc() / ((unsigned long)UK_OPT(LWIP_TSC_MHZ) * 1000));
}

/* LWIP_RAND: DNS query IDs and source ports, the first local port, DHCP
 * transaction IDs. Guessable ones let an off-path host forge DNS answers,
 * so they come from uksrand's ChaCha20 stream, not a fast generator. */
unsigned int _lwip_rand(void)
{
	return uk_random_u32();
}

void sys_init(void)
{
}

sys_prot_t sys_arch_protect(void)
{
	uk_preempt_disable();
	return 0;
}

void sys_arch_unprotect(sys_prot_t pval)
{
	(void)pval;
	uk_preempt_enable();
}

/* A deadline @ms from now for uklock and ukmpi (0: none). */
static unsigned long long deadline(u32_t ms)
{
	if (!ms || !ukplat_monotonic_clock)
		return 0;
	return ukplat_monotonic_clock() + ms * NS_PER_MS;
}

/* What lwIP wants back from a wait: the milliseconds it took. */
static u32_t waited(u32_t t0)
{
	u32_t d = sys_now() - t0;

	return d == SYS_ARCH_TIMEOUT ? d - 1 : d;
}

err_t sys_sem_new(sys_sem_t *sem, u8_t count)
{
	uk_semaphore_init(&sem->s, count);
	sem->valid = 1;
	return ERR_OK;
}

void sys_sem_free(sys_sem_t *sem)
{
	sem->valid = 0;
}

void sys_sem_signal(sys_sem_t *sem)
{
	uk_semaphore_up(&sem->s);
}

u32_t sys_arch_sem_wait(sys_sem_t *sem, u32_t timeout)
{
	u32_t t0 = sys_now();

	if (uk_semaphore_down_until(&sem->s, deadline(timeout)) == -ETIMEDOUT)
		return SYS_ARCH_TIMEOUT;
	return waited(t0);
}

err_t sys_mutex_new(sys_mutex_t *mutex)
{
	uk_mutex_init(&mutex->m, 0);
	mutex->valid = 1;
	return ERR_OK;
}

void sys_mutex_free(sys_mutex_t *mutex)
{
	mutex->valid = 0;
}

void sys_mutex_lock(sys_mutex_t *mutex)
{
	uk_mutex_lock(&mutex->m);
}

void sys_mutex_unlock(sys_mutex_t *mutex)
{
	uk_mutex_unlock(&mutex->m);
}

err_t sys_mbox_new(sys_mbox_t *mbox, int size)
{
	mbox->m = uk_mbox_create(size > 0 ? size : 16);
	return mbox->m ? ERR_OK : ERR_MEM;
}

void sys_mbox_free(sys_mbox_t *mbox)
{
	uk_mbox_free(mbox->m);
	mbox->m = NULL;
}

void sys_mbox_post(sys_mbox_t *mbox, void *msg)
{
	uk_mbox_post(mbox->m, msg);
}

err_t sys_mbox_trypost(sys_mbox_t *mbox, void *msg)
{
	return uk_mbox_post_try(mbox->m, msg) ? ERR_MEM : ERR_OK;
}

err_t sys_mbox_trypost_fromisr(sys_mbox_t *mbox, void *msg)
{
	return sys_mbox_trypost(mbox, msg);
}

u32_t sys_arch_mbox_fetch(sys_mbox_t *mbox, void **msg, u32_t timeout)
{
	u32_t t0 = sys_now();

	if (uk_mbox_fetch_until(mbox->m, msg, deadline(timeout)) ==
	    -ETIMEDOUT)
		return SYS_ARCH_TIMEOUT;
	return waited(t0);
}

u32_t sys_arch_mbox_tryfetch(sys_mbox_t *mbox, void **msg)
{
	return uk_mbox_fetch_try(mbox->m, msg) ? SYS_MBOX_EMPTY : 0;
}

struct start {
	lwip_thread_fn fn;
	void *arg;
};

/* uksched's thread functions return a value, lwIP's do not. */
static void *thread_start(void *arg)
{
	struct start st = *(struct start *)arg;

	_lwip_free(arg);
	st.fn(st.arg);
	return NULL;
}

sys_thread_t sys_thread_new(const char *name, lwip_thread_fn fn, void *arg,
			    int stacksize, int prio)
{
	struct uk_thread_attr attr = { .stack_size = stacksize > 0 ? stacksize
								   : 0,
				       .detached = 1, .name = name };
	struct start *st = _lwip_malloc(sizeof(*st));
	struct uk_thread *t = NULL;

	(void)prio;
	LWIP_ASSERT("sys_thread_new: no memory for a thread", st);
	st->fn = fn;
	st->arg = arg;
	if (uk_thread_create(&t, &attr, thread_start, st))
		LWIP_ASSERT("sys_thread_new: no memory for a thread", 0);
	return t;
}

/* lwIP's heap (MEM_LIBC_MALLOC): the default allocator, which is not
 * thread-safe, with the pre-emption counter raised as nolibc's malloc
 * does. */
void *_lwip_malloc(size_t size)
{
	void *p;

	uk_preempt_disable();
	p = uk_malloc(uk_alloc_get_default(), size);
	uk_preempt_enable();
	return p;
}

void *_lwip_calloc(size_t n, size_t size)
{
	void *p;

	uk_preempt_disable();
	p = uk_calloc(uk_alloc_get_default(), n, size);
	uk_preempt_enable();
	return p;
}

void _lwip_free(void *p)
{
	uk_preempt_disable();
	uk_free(uk_alloc_get_default(), p);
	uk_preempt_enable();
}

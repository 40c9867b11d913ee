/*
 * A created thread's memory, one allocation from the default allocator,
 * from low to high addresses:
 *   [guard page] [stack ...] [TLS block][TCB] [struct uk_thread]
 * The TCB (tls.c) sits just below the thread structure, the thread's TLS
 * block (for __thread variables) just below the TCB, as the x86_64 TLS ABI
 * has it; the stack's top is page-aligned, so the block can be too. The guard page is there when
 * the platform can unmap a page of the heap (uk/plat/guard.h).
 */
#include <errno.h>
#include <string.h>
#include <uk/alloc.h>
#include <uk/config.h>
#include <uk/plat/guard.h>
#include "internal.h"
#include "tls.h"

#define PAGE		4096UL
#define ROUND(x, a)	(((x) + (a) - 1) & ~((a) - 1))

int _uksched_mem_alloc(struct uk_thread **tp, size_t stack_size)
{
	struct uk_alloc *a = uk_alloc_get_default();
	size_t tls = _uksched_tls_area();
	size_t guard = ukplat_page_guard ? PAGE : 0;
	size_t stack = ROUND(stack_size, PAGE);
	size_t top = ROUND(tls + sizeof(struct uk_thread), PAGE);
	struct uk_thread *t;
	char *mem;

	if (!a)
		return -ENOMEM;
	mem = uk_memalign(a, PAGE, guard + stack + top);
	if (!mem)
		return -ENOMEM;
	if (guard && ukplat_page_guard(mem, PAGE, 1) < 0)
		guard = 0;	/* runs without: the stack is just bigger */
	t = (struct uk_thread *)(mem + guard + stack + tls);
	memset(t, 0, sizeof(*t));
	t->mem = mem;
	t->stack_top = mem + guard + stack;
	/* Without its own TCB a thread keeps its creator's thread pointer:
	 * no switch changes it (on linuxu each change is a system call). */
	t->tlsp = UK_OPT(UKSCHED_THREAD_TCB) ?
		  _uksched_tls_init(mem + guard + stack) :
		  _uksched_self()->tlsp;
	if (guard)
		t->flags |= UK_THREAD_GUARD;
	*tp = t;
	return 0;
}

void _uksched_mem_free(struct uk_thread *t)
{
	char *mem = t->mem;

	if (t->flags & UK_THREAD_GUARD)
		ukplat_page_guard(mem, PAGE, 0);
	uk_free(uk_alloc_get_default(), mem);
}

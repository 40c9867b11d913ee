/* Mailboxes: a ring of pointers and two wait queues (uk/mbox.h). */
#include <errno.h>
#include <uk/mbox.h>

int uk_mbox_init(struct uk_mbox *m, void **slots, size_t size)
{
	if (!size)
		return -EINVAL;
	m->slots = slots;
	m->size = size;
	m->head = m->count = 0;
	uk_waitq_init(&m->readers);
	uk_waitq_init(&m->writers);
	return 0;
}

/* Appends msg if there is room (called with pre-emption off). */
static int put(struct uk_mbox *m, void *msg)
{
	if (m->count == m->size)
		return -EAGAIN;
	m->slots[(m->head + m->count) % m->size] = msg;
	m->count++;
	uk_waitq_wake_one(&m->readers);
	return 0;
}

int uk_mbox_post_until(struct uk_mbox *m, void *msg,
		       unsigned long long deadline)
{
	int r = 0;

	uk_preempt_disable();
	while (m->count == m->size && r == 0)
		r = uk_waitq_wait(&m->writers, deadline);
	if (put(m, msg) == 0)
		r = 0;
	uk_preempt_enable();
	return r;
}

void uk_mbox_post(struct uk_mbox *m, void *msg)
{
	uk_mbox_post_until(m, msg, 0);
}

int uk_mbox_post_try(struct uk_mbox *m, void *msg)
{
	int r;

	uk_preempt_disable();
	r = put(m, msg);
	uk_preempt_enable();
	return r;
}

static void take(struct uk_mbox *m, void **msg)
{
	if (msg)
		*msg = m->slots[m->head];
	m->head = (m->head + 1) % m->size;
	m->count--;
	uk_waitq_wake_one(&m->writers);
}

int uk_mbox_fetch_until(struct uk_mbox *m, void **msg,
			unsigned long long deadline)
{
	int r = 0;

	uk_preempt_disable();
	while (!m->count && r == 0)
		r = uk_waitq_wait(&m->readers, deadline);
	if (m->count) {
		take(m, msg);
		r = 0;
	}
	uk_preempt_enable();
	return r;
}

void uk_mbox_fetch(struct uk_mbox *m, void **msg)
{
	uk_mbox_fetch_until(m, msg, 0);
}

int uk_mbox_fetch_try(struct uk_mbox *m, void **msg)
{
	int r = -EAGAIN;

	uk_preempt_disable();
	if (m->count) {
		take(m, msg);
		r = 0;
	}
	uk_preempt_enable();
	return r;
}

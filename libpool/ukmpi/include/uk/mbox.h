/*
 * Mailboxes: bounded FIFO queues of pointers between threads of uksched,
 * with blocking, non-blocking and deadline variants of post and fetch.
 * Functions return 0 or a negative errno.
 */
#ifndef __UK_MBOX_H__
#define __UK_MBOX_H__

#include <stddef.h>
#include <uk/waitq.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_mbox {
	void **slots;
	size_t size;		/* capacity, in messages */
	size_t head;		/* index of the oldest message */
	size_t count;
	struct uk_waitq readers, writers;
};

/* A mailbox of @size messages over the caller's array @slots. -EINVAL
 * for size 0. */
int uk_mbox_init(struct uk_mbox *m, void **slots, size_t size);

/* A mailbox of @size messages from the default allocator, or NULL (no
 * memory, or size 0). uk_mbox_free() releases it; it must be unused. */
struct uk_mbox *uk_mbox_create(size_t size);
void uk_mbox_free(struct uk_mbox *m);

/* Appends @msg, waiting while the mailbox is full. */
void uk_mbox_post(struct uk_mbox *m, void *msg);
/* Appends @msg if there is room, else -EAGAIN. */
int uk_mbox_post_try(struct uk_mbox *m, void *msg);
/* Waits for room until ukplat_monotonic_clock() >= @deadline: -ETIMEDOUT
 * (0: no deadline). */
int uk_mbox_post_until(struct uk_mbox *m, void *msg,
		       unsigned long long deadline);

/* Takes the oldest message into *@msg (if @msg is not NULL), waiting
 * while the mailbox is empty. */
void uk_mbox_fetch(struct uk_mbox *m, void **msg);
/* The same without waiting: -EAGAIN when empty. */
int uk_mbox_fetch_try(struct uk_mbox *m, void **msg);
/* Waits until @deadline at most: -ETIMEDOUT (0: no deadline). */
int uk_mbox_fetch_until(struct uk_mbox *m, void **msg,
			unsigned long long deadline);

#ifdef __cplusplus
}
#endif

#endif /* __UK_MBOX_H__ */

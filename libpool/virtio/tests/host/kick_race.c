/* Host test: a lost notification is repaired by the next kick. A model
 * of QEMU's split virtqueue with event indices (the device processes
 * what it sees of avail->idx, then asks to be notified from there:
 * avail_event) drives virtqueue.c, and now and then the device's last
 * read of the index and the driver's kick cross: the device reads the
 * index before the driver's store is visible and the driver reads
 * avail_event before the device's store is (a store-load race the
 * fences forbid, which QEMU 7.2's TCG allows with one vCPU: the soak
 * stall of issue 15, a transmit queue 256 entries ahead of a device
 * asleep at avail_event). The driver's next kick must notify the device
 * either way: with entries added since or none (virtionet's transmit
 * path kicks on every burst, even with a full ring). Build:
 *   gcc -I ../../include -I ../../../ukalloc/include \
 *     -I ../../../ukdebug/include -I ../../../ukbus/include \
 *     -I ../../../ukboot/include -I ../../../../plat/common/include \
 *     kick_race.c ../../virtqueue.c \
 *     -o t && ./t [ROUNDS]
 * (tests/test_netdrv.py does). Prints the crossings, the notifications
 * and the failures; exit status 1 on a failure. */
#include <stdio.h>
#include <stdlib.h>
#include <uk/alloc.h>
#include <uk/virtio.h>
#include <uk/virtqueue.h>

const long uk_opt_UKDEBUG_ASSERT = 1;
void uk_assert_fail(const char *lib, const char *file, int line, const char *e)
{
	printf("ASSERT %s %s:%d %s\n", lib, file, line, e);
	abort();
}

static void *h_malloc(struct uk_alloc *a, size_t n) { (void)a; return malloc(n); }
static void *h_calloc(struct uk_alloc *a, size_t n, size_t s) { (void)a; return calloc(n, s); }
static void *h_memalign(struct uk_alloc *a, size_t al, size_t n)
{
	void *p;

	(void)a;
	return posix_memalign(&p, al, n) ? NULL : p;
}
static void h_free(struct uk_alloc *a, void *p) { (void)a; free(p); }
static struct uk_alloc host = {
	.malloc = h_malloc, .calloc = h_calloc, .memalign = h_memalign,
	.free = h_free,
};

#define SIZE 16

/* The device: what it consumed, and whether it waits for a notification. */
static struct {
	uint16_t last_avail, used_idx;
	int asleep;
	unsigned long notifies, wakeups;
} dev;

static uint16_t *avail_event(struct virtqueue *vq)
{
	return (uint16_t *)&vq->used->ring[vq->size];
}

/* Consumes the entries before @seen (its view of avail->idx). */
static void dev_process(struct virtqueue *vq, uint16_t seen)
{
	while (dev.last_avail != seen) {
		uint16_t head = vq->avail->ring[dev.last_avail & (SIZE - 1)];

		vq->used->ring[dev.used_idx & (SIZE - 1)].id = head;
		vq->used->ring[dev.used_idx & (SIZE - 1)].len = 0;
		dev.used_idx++;
		dev.last_avail++;
	}
	vq->used->idx = dev.used_idx;
}

/* Done with a batch: asks to hear of the entry after what it saw
 * (QEMU's virtio_queue_set_notification(vq, 1)), checks again and goes
 * to sleep. @stale: the view of the index it had before the driver's
 * last kick (the crossing), else -1. */
static void dev_settle(struct virtqueue *vq, int stale)
{
	uint16_t seen;

	dev.asleep = 0;
	for (;;) {
		seen = stale >= 0 ? (uint16_t)stale : vq->avail->idx;
		dev_process(vq, seen);
		*avail_event(vq) = seen;
		if (stale >= 0 || vq->avail->idx == seen)
			break;
	}
	dev.asleep = 1;
}

/* Processing a batch: a notification then only makes it read the index
 * again before it sleeps (the notification is ordered after the index:
 * no crossing). */
static int dev_busy, dev_told;

static void t_notify(struct virtio_dev *d, struct virtqueue *vq)
{
	(void)d;
	dev.notifies++;
	if (dev_busy) {
		dev_told = 1;
	} else if (dev.asleep) {
		dev.wakeups++;
		if (rand() % 2) {
			dev_settle(vq, -1);	/* at once */
		} else {
			dev_busy = 1;		/* later: its bottom half */
			dev.asleep = 0;
		}
	}
}

static uint16_t t_queue_max(struct virtio_dev *d, uint16_t i) { (void)d; (void)i; return SIZE; }
static int t_queue_setup(struct virtio_dev *d, struct virtqueue *vq) { (void)d; (void)vq; return 0; }

static const struct virtio_transport model = {
	.name = "model", .queue_max = t_queue_max,
	.queue_setup = t_queue_setup, .notify = t_notify,
};

int main(int argc, char **argv)
{
	long rounds = argc > 1 ? atol(argv[1]) : 200000, r;
	struct virtio_dev d = { .t = &model,
				.features = 1ULL << VIRTIO_F_RING_EVENT_IDX };
	struct virtqueue *vq;
	unsigned long crossings = 0, failures = 0, longest = 0, stuck = 0;
	static int cookie;

	srand(1);
	if (virtqueue_create(&vq, &d, 0, SIZE, &host) < 0) {
		printf("FAIL virtqueue_create\n");
		return 1;
	}
	dev_settle(vq, -1);	/* started, nothing yet: asleep at 0 */
	for (r = 0; r < rounds; r++) {
		int n = rand() % 4, busy = dev_busy, cross = 0, i;
		uint16_t before = vq->avail->idx;
		struct virtq_seg s = { 0x1000, 64 };

		while (virtqueue_get(vq, 0))
			;
		dev_told = 0;
		for (i = 0; i < n; i++)
			if (virtqueue_add(vq, &s, 1, 0, &cookie) < 0)
				break;	/* full: the kick still comes */
		virtqueue_kick(vq);
		/* A device woken by an earlier kick finishes its batch now:
		 * having read the index before this kick (and this kick
		 * read avail_event before its request, or before it asked
		 * for no notification: it stays where it was), or after. */
		if (busy) {
			cross = !dev_told && rand() % 2;
			crossings += (unsigned long)cross;
			dev_busy = 0;
			dev_settle(vq, cross ? before : -1);
		}
		/* Asleep with entries it was not told of: a kick must have
		 * told it by the next round. */
		if (dev.asleep && vq->avail->idx != dev.last_avail) {
			if (++stuck > longest)
				longest = stuck;
			if (stuck > 1 && failures++ < 5)
				printf("FAIL round %ld: device asleep at %u, "
				       "avail %u, after %lu kicks\n", r,
				       dev.last_avail, vq->avail->idx, stuck - 1);
		} else {
			stuck = 0;
		}
	}
	printf("%ld rounds, %lu crossings, %lu notifications (%lu woke the "
	       "device), longest wait %lu kick(s)\n", rounds, crossings,
	       dev.notifies, dev.wakeups, longest ? longest - 1 : 0);
	printf("%lu failed\n", failures);
	return failures != 0;
}

/*
 * hello-arm64's C part (see hello-arm64.S): prints "Hello from Arm" and
 * "cmdline: <its command line>" on the PV console ring, waits until the
 * console daemon has read it all, then shuts down with SHUTDOWN_poweroff.
 * A word "crash" of its command line makes it shut down with
 * SHUTDOWN_crash instead (what a guest's crash path does), "hang" makes
 * it yield forever (the harness's timeout). Facts from Xen's public
 * headers (libxen-dev: arch-arm.h, xen.h, sched.h, event_channel.h,
 * hvm/hvm_op.h, hvm/params.h, io/console.h) and the device-tree format
 * (the flattened structure block's tokens); no libc.
 */
typedef unsigned int u32;
typedef unsigned long u64;

#define HC_sched_op		29
#define HC_event_channel_op	32
#define HC_hvm_op		34
#define SCHEDOP_yield		0
#define SCHEDOP_shutdown	2
#define SHUTDOWN_poweroff	0
#define SHUTDOWN_crash		3
#define EVTCHNOP_send		4
#define HVMOP_get_param		1
#define HVM_PARAM_CONSOLE_PFN	17
#define HVM_PARAM_CONSOLE_EVTCHN 18
#define DOMID_SELF		0x7ff0

struct cons {			/* struct xencons_interface */
	char in[1024];
	char out[2048];
	u32 in_cons, in_prod, out_cons, out_prod;
};

/* hvc #0xEA1, number in x16, arguments in x0-x4, result in x0. */
static long hc2(u64 nr, u64 a, u64 b)
{
	register u64 x0 __asm__("x0") = a;
	register u64 x1 __asm__("x1") = b;
	register u64 x16 __asm__("x16") = nr;

	__asm__ __volatile__("hvc #0xea1"
			     : "+r"(x0), "+r"(x1), "+r"(x16)
			     :
			     : "x2", "x3", "x4", "memory");
	return (long)x0;
}

static u64 param(u32 index)
{
	struct { unsigned short domid, pad; u32 index; u64 value; } p = {
		DOMID_SELF, 0, index, 0 };

	return hc2(HC_hvm_op, HVMOP_get_param, (u64)&p) ? 0 : p.value;
}

static void shutdown(u32 reason)
{
	for (;;)
		hc2(HC_sched_op, SCHEDOP_shutdown, (u64)&reason);
}

static struct cons *cons;
static u32 cons_port;

static void put(const char *s)
{
	u32 prod = cons->out_prod;

	for (; *s; s++) {
		while (prod - cons->out_cons >= sizeof(cons->out))
			hc2(HC_sched_op, SCHEDOP_yield, 0);
		cons->out[prod++ % sizeof(cons->out)] = *s;
	}
	__asm__ __volatile__("dmb ishst" ::: "memory");
	cons->out_prod = prod;
	hc2(HC_event_channel_op, EVTCHNOP_send, (u64)&cons_port);
}

static void drain(void)
{
	while (cons->out_cons != cons->out_prod)
		hc2(HC_sched_op, SCHEDOP_yield, 0);
}

static u32 be32(const void *p)
{
	const unsigned char *b = p;

	return (u32)b[0] << 24 | (u32)b[1] << 16 | (u32)b[2] << 8 | b[3];
}

static int same(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/* /chosen's bootargs: the first "bootargs" property of the tree. */
static const char *bootargs(const void *fdt)
{
	const char *base = fdt;
	const char *p = base + be32(base + 8);		/* off_dt_struct */
	const char *strs = base + be32(base + 12);	/* off_dt_strings */

	for (;;) {
		u32 tok = be32(p);

		p += 4;
		if (tok == 1) {				/* BEGIN_NODE: name */
			while (*p++)
				;
			p = (const char *)(((u64)p + 3) & ~3UL);
		} else if (tok == 3) {			/* PROP: len, nameoff */
			u32 len = be32(p);

			if (same(strs + be32(p + 4), "bootargs"))
				return p + 8;
			p = (const char *)(((u64)p + 8 + len + 3) & ~3UL);
		} else if (tok != 2 && tok != 4) {	/* not END_NODE, NOP */
			return "";
		}
	}
}

/* Is w one of the space-separated words of s? */
static int has_word(const char *s, const char *w)
{
	while (*s) {
		const char *a = s, *b = w;

		while (*a && *a != ' ' && *a == *b)
			a++, b++;
		if (!*b && (!*a || *a == ' '))
			return 1;
		while (*s && *s != ' ')
			s++;
		while (*s == ' ')
			s++;
	}
	return 0;
}

void hello_main(const void *fdt)
{
	const char *args = fdt ? bootargs(fdt) : "";

	cons = (struct cons *)(param(HVM_PARAM_CONSOLE_PFN) << 12);
	cons_port = (u32)param(HVM_PARAM_CONSOLE_EVTCHN);
	if (!cons)
		shutdown(SHUTDOWN_crash);
	put("Hello from Arm\ncmdline: ");
	put(args);
	put("\n");
	drain();
	if (has_word(args, "crash"))
		shutdown(SHUTDOWN_crash);
	while (has_word(args, "hang"))
		hc2(HC_sched_op, SCHEDOP_yield, 0);
	shutdown(SHUTDOWN_poweroff);
}

/* lwIP raw API with the stack running (lwip_uk_start: the tcpip thread
 * delivers the loopback queue and runs the timers): a TCP echo between two
 * PCBs of one image over the loopback netif (127.0.0.1). The client sends
 * a pattern larger than several segments, the server echoes it, the
 * client checks every byte, then both close; main sleeps meanwhile. Raw
 * calls from main hold the core lock. Last, a 50 ms lwIP timeout must
 * fire: sys_now() advances. */
#include <stdio.h>
#include <string.h>
#include "lwip/init.h"
#include "lwip/ip_addr.h"
#include "lwip/netif.h"
#include "lwip/sys.h"
#include "lwip/tcp.h"
#include "lwip/timeouts.h"
#include "lwip/tcpip.h"
#include <unistd.h>
#include <uk/lwip.h>
#include <uk/test.h>

#define PORT	7
#define LEN	10000	/* several TCP_MSS segments */

static unsigned char sent[LEN], got[LEN];
static volatile unsigned got_len, echoed;
static volatile int accepted, connected, srv_closed, cli_closed, timer_fired;
static struct tcp_pcb *srv_pcb;

/* Server: write back whatever arrives; close when the peer does. */
static err_t srv_recv(void *arg, struct tcp_pcb *pcb, struct pbuf *p, err_t err)
{
	struct pbuf *q;

	(void)arg;
	CHECK(err == ERR_OK);
	if (!p) {
		srv_closed = 1;
		return tcp_close(pcb);
	}
	for (q = p; q; q = q->next)
		if (tcp_write(pcb, q->payload, q->len, TCP_WRITE_FLAG_COPY) != ERR_OK)
			CHECK(!"server tcp_write");
	tcp_output(pcb);
	echoed += p->tot_len;
	tcp_recved(pcb, p->tot_len);
	pbuf_free(p);
	return ERR_OK;
}

static err_t srv_accept(void *arg, struct tcp_pcb *pcb, err_t err)
{
	(void)arg;
	CHECK(err == ERR_OK && pcb);
	accepted++;
	srv_pcb = pcb;
	tcp_recv(pcb, srv_recv);
	return ERR_OK;
}

/* Client: collect the echo; close after the last byte. */
static err_t cli_recv(void *arg, struct tcp_pcb *pcb, struct pbuf *p, err_t err)
{
	(void)arg;
	CHECK(err == ERR_OK);
	if (!p) {
		cli_closed = 1;
		return ERR_OK;
	}
	CHECK(got_len + p->tot_len <= LEN);
	if (got_len + p->tot_len <= LEN)
		pbuf_copy_partial(p, got + got_len, p->tot_len, 0);
	got_len += p->tot_len;
	tcp_recved(pcb, p->tot_len);
	pbuf_free(p);
	if (got_len == LEN)
		CHECK(tcp_close(pcb) == ERR_OK);
	return ERR_OK;
}

static err_t cli_connected(void *arg, struct tcp_pcb *pcb, err_t err)
{
	(void)arg;
	CHECK(err == ERR_OK);
	connected = 1;
	/* Two writes: the second is queued behind the first. */
	CHECK(tcp_write(pcb, sent, LEN / 2, 0) == ERR_OK);
	CHECK(tcp_write(pcb, sent + LEN / 2, LEN - LEN / 2, 0) == ERR_OK);
	CHECK(tcp_output(pcb) == ERR_OK);
	return ERR_OK;
}

static void cli_err(void *arg, err_t err)
{
	(void)arg;
	printf("FAIL client error %d\n", err);
	fails++;
	cli_closed = 1;
}

static void on_timer(void *arg)
{
	*(volatile int *)arg = 1;
}

static void add_timer(void *arg)
{
	sys_timeout(50, on_timer, arg);
}

int main(void)
{
	struct tcp_pcb *l, *c;
	ip_addr_t lo;
	unsigned i, n;
	u32_t t0;

	for (i = 0; i < LEN; i++)
		sent[i] = (unsigned char)(i * 7 + i / 251);
	CHECK(lwip_uk_start() == 0);
	IP_ADDR4(&lo, 127, 0, 0, 1);
	CHECK(netif_list != NULL);

	LOCK_TCPIP_CORE();
	l = tcp_new();
	CHECK(l && tcp_bind(l, IP_ANY_TYPE, PORT) == ERR_OK);
	l = tcp_listen(l);
	CHECK(l != NULL);
	tcp_accept(l, srv_accept);

	c = tcp_new();
	CHECK(c != NULL);
	tcp_recv(c, cli_recv);
	tcp_err(c, cli_err);
	CHECK(tcp_connect(c, &lo, PORT, cli_connected) == ERR_OK);
	UNLOCK_TCPIP_CORE();

	/* The tcpip thread does the exchange while main sleeps; the bound
	 * (10 s) only stops a broken stack. */
	for (n = 0; n < 10000 && !(cli_closed && srv_closed); n++)
		usleep(1000);
	printf("echo: %u bytes sent, %u echoed, %u received\n",
	       LEN, echoed, got_len);
	CHECK(accepted == 1 && connected);
	CHECK(echoed == LEN && got_len == LEN);
	CHECK(!memcmp(sent, got, LEN));
	CHECK(srv_closed && cli_closed);
	LOCK_TCPIP_CORE();
	tcp_close(l);
	UNLOCK_TCPIP_CORE();

	/* lwIP's timers run on sys_now(), in the tcpip thread. */
	t0 = sys_now();
	CHECK(tcpip_callback(add_timer, (void *)&timer_fired) == ERR_OK);
	for (n = 0; n < 2000 && !timer_fired; n++)
		usleep(1000);
	CHECK(timer_fired);
	CHECK((u32_t)(sys_now() - t0) >= 50);

	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails ? 1 : 0;
}

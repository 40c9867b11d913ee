/* Network interface names (SO_BINDTODEVICE). */
#ifndef _NET_IF_H
#define _NET_IF_H

#define IFNAMSIZ	16
#define IF_NAMESIZE	IFNAMSIZ

struct ifreq {
	char ifr_name[IFNAMSIZ];
	union {
		int ifru_ivalue;
		char ifru_pad[24];
	} ifr_ifru;
};

#endif

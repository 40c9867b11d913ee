"""What the network costs, from `uklink --report` (docs/net.md, "What links
what"): an echo server (tests/net/sockprog.c, whose `serve` mode
tests/test_net.py boots) shows the bytes of lwIP, uknetdev and the
platform's driver on every platform; a program without sockets (stdio,
a pipe, poll, inet_pton) links no stack, no uknetdev and no driver, only
the address-conversion member it calls. Hello world's own baselines are
tests/size's (test_size.py)."""
import json

import pytest

from uktest import ROOT, compile_c, link

SRC = ROOT / "tests" / "net" / "sockprog.c"
# The driver each platform links for a program with sockets.
DRIVERS = {"kvm": ("virtionet", "virtio"), "xen": ("netfront",), "linuxu": ("tap",)}
# Every library only the network brings (lwIP aside: its address member
# is allowed without sockets).
NETWORK = {"uknetdev", "uksched", "ukmpi", "ukbus", "virtionet", "virtio",
           "netfront", "tap"}

NOSOCK = r"""
#include <arpa/inet.h>
#include <poll.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	struct in_addr a;
	struct pollfd p;
	int fd[2];
	char c = 'x';

	if (pipe(fd) || write(fd[1], &c, 1) != 1)
		return 1;
	p.fd = fd[0];
	p.events = POLLIN;
	printf("poll %d, pton %d, port %u\n", poll(&p, 1, 0),
	       inet_pton(AF_INET, "10.0.0.1", &a), ntohs(htons(80)));
	return 0;
}
"""


def report(obj, out, plat):
    rep = out.with_suffix(".json")
    link([obj], out, "--report=" + str(rep), plat=plat)
    r = json.loads(rep.read_text())
    assert r["status"] == "ok", r["status"]
    return r


def lib_bytes(r):
    return {l["name"]: l["bytes"] for l in r["libs"]}


@pytest.fixture(scope="module")
def objs(tmp_path_factory):
    d = tmp_path_factory.mktemp("objs")
    (d / "nosock.c").write_text(NOSOCK)
    return {"echo": compile_c(SRC, d / "echo.o", flags=["-O2"]),
            "nosock": compile_c(d / "nosock.c", d / "nosock.o", flags=["-O2"])}


@pytest.mark.parametrize("plat", ["kvm", "xen", "linuxu"])
def test_echo_server_shows_the_network(objs, plat, tmp_path):
    libs = lib_bytes(report(objs["echo"], tmp_path / f"echo.{plat}", plat))
    # lwIP is the stack (> 50 KB of code and data), uknetdev the API,
    # then the platform's driver: each with bytes of its own.
    assert libs.get("lwip", 0) > 50000, libs
    for name in ("uknetdev", *DRIVERS[plat]):
        assert libs.get(name, 0) > 0, (name, libs)


@pytest.mark.parametrize("plat", ["kvm", "xen", "linuxu"])
def test_no_sockets_no_network(objs, plat, tmp_path):
    r = report(objs["nosock"], tmp_path / f"nosock.{plat}", plat)
    libs = lib_bytes(r)
    assert not NETWORK & set(libs), libs
    # inet_pton's member alone: address conversions, no stack.
    members = {s["member"] for s in r["symbols"] if s["lib"] == "lwip"}
    assert members <= {"lwip(liblwip.a:sock_addr.o)"}, members
    assert libs.get("lwip", 0) < 1024, libs

"""Device interrupts on kvm x86_64 (uk/plat/irq.h) and the interrupt-safe
wake of uksched (uk/waitq.h): tests/apps/irq_rtc.c takes the CMOS RTC's
periodic interrupt through the IOAPIC (GSI 8), wakes a waiting thread
from the handler, masks, unmasks and unregisters; under the cooperative
scheduler (interrupts only while the CPU halts) and the pre-emptive one
(interrupts on for good with the tick). xen and linuxu have their own
sources of interrupts: see tests/xen and tests/linuxu."""
import pytest

from uktest import ROOT, boot, compile_c, link, uklink


@pytest.fixture(scope="module")
def obj(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("irq")
    cflags = uklink("--plat", "kvm", "--cflags").out.split()
    return compile_c(ROOT / "tests/apps/irq_rtc.c", tmp / "irq.o",
                     cc="clang-19", flags=["-flto", "-O2", *cflags])


@pytest.mark.parametrize("sched", ["ukschedcoop", "ukschedpreempt"])
def test_rtc_interrupts(obj, sched, tmp_path):
    img = link([obj], tmp_path / "irq", "--lib", sched)
    r = boot(img)
    assert r.rc == 0, r
    lines = r.out.replace("\r", "").splitlines()
    assert lines == ["irq: 10 interrupts, thread woken", "irq: masked 0",
                     "irq: unmasked, 5 more", "irq: unregistered 0"], r

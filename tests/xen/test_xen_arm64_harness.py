"""The Xen harness on Arm: Debian's Xen 4.17 arm64 with a Debian arm64
dom0, inside qemu-system-aarch64 -M virt,virtualization=true (TCG), proves
itself on a hand-made arm64 Image (tests/xen/guest/hello-arm64.S,
hello_arm64.c) through the same boot.sh / xenrun.py / xl stand-in as
x86_64: xenrun.py sees an arm64 Image and runs it on the session's arm64
runner (prepare.sh --arch arm64's cache, build/xen-cache-arm64). The
console and command line (from the guest's device tree) come back, a
poweroff exits 0, a crash (SHUTDOWN_crash) 3; two guests run side by side.
UK_SKIP_XEN=1 skips them."""
import subprocess
import sys

import pytest

from test_xen_harness import START, TIMES, boot, skip_xen, timed
from uktest import ROOT

HERE = ROOT / "tests" / "xen"
xen_arm64 = [pytest.mark.xen, pytest.mark.xen_arm64, skip_xen]


@pytest.fixture(scope="session")
def prepared_arm64():
    r = timed("prepare.sh --arch arm64",
              ["sh", str(HERE / "prepare.sh"), "--arch", "arm64"], timeout=1200)
    assert r.rc == 0, f"prepare.sh --arch arm64 failed: {r}"


@pytest.fixture(scope="session")
def guest_arm64(tmp_path_factory):
    out = tmp_path_factory.mktemp("xen-guest-arm64")
    subprocess.run(["make", "-s", "-C", str(HERE / "guest"), f"O={out}",
                    f"{out}/hello-arm64"], check=True)
    return out / "hello-arm64"


@pytest.mark.usefixtures("prepared_arm64")
@pytest.mark.parametrize("_", [None], ids=["arm64"])
class TestArm64:
    pytestmark = xen_arm64

    def test_hello_poweroff(self, _, guest_arm64, tmp_path):
        log = tmp_path / "serial.log"
        r = boot("arm64: boot hello-arm64 (poweroff)", guest_arm64, "first",
                 "two words", log=log)
        assert r.rc == 0, r
        assert r.out == "Hello from Arm\ncmdline: first two words\n", r
        text = log.read_text(errors="replace")
        # Xen arm64 itself, with dom0 placed by QEMU's guest-loader.
        assert "Xen version 4.17" in text and "aarch64" in text, text[-2000:]
        assert "Loading d0 kernel from boot module" in text
        assert "===DOM0-UP===" in text and "===GUEST-END poweroff===" in text

    def test_side_by_side_and_crash(self, _, guest_arm64):
        procs = [subprocess.Popen(["sh", str(HERE / "boot.sh"), str(guest_arm64),
                                   "--", f"g{i}", word],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True)
                 for i, word in enumerate(["one", "crash"])]
        outs = [p.communicate(timeout=100 + START) for p in procs]
        for i, (p, (out, err)) in enumerate(zip(procs, outs)):
            word = ["one", "crash"][i]
            assert out == f"Hello from Arm\ncmdline: g{i} {word}\n", (out, err)
            assert p.returncode == (3 if word == "crash" else 0), (out, err)
        assert "the guest crashed" in outs[1][1], outs[1]

    def test_xl_interface(self, _, guest_arm64, tmp_path):
        """`xl create -c CFG` as uklink runs it: no type= (xl's default on
        Arm), the runner chosen by the kernel file."""
        cfg = tmp_path / "hello.cfg"
        cfg.write_text(f'name = "xlarm"\nkernel = "{guest_arm64}"\n'
                       'extra = "via xl"\nmemory = 16\non_poweroff = "destroy"\n')
        r = timed("arm64: xl create -c (hello-arm64)",
                  [str(HERE / "xl"), "create", "-c", str(cfg)],
                  timeout=100 + START)
        assert r.rc == 0 and r.out == "Hello from Arm\ncmdline: via xl\n", r


def test_kernel_arch():
    """xenrun.py's choice of Xen by the kernel file, without booting."""
    sys.path.insert(0, str(HERE))
    import xenrun
    assert xenrun.kernel_arch(HERE / "test_xen_harness.py") is None
    assert xenrun.kernel_arch("/nonexistent") is None
    assert xenrun.kernel_arch(sys.executable) == "x86_64"

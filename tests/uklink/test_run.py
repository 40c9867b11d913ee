"""uklink run: the QEMU command and the exit-status mapping, with a fake
QEMU (the real one needs a bootable platform image)."""
import os

from conftest import golden

FAKE = """#!/bin/sh
# fake qemu: prints its arguments, behaves as told by $FAKE_MODE
for a in "$@"; do printf '[%s]' "$a"; done; echo
case "$FAKE_MODE" in
  guest*) exit $(( ${FAKE_MODE#guest} * 2 + 1 ));;
  fail) echo "qemu-system-x86_64: -kernel img: error loading" >&2; exit 1;;
  hang) sleep 30;;
  reset) exit 0;;
esac
"""


def fake(tdir):
    q = tdir / "fakeqemu"
    q.write_text(FAKE)
    q.chmod(0o755)
    (tdir / "img").write_bytes(b"\x7fELF")
    return {"UKLINK_QEMU": str(q)}


def test_run_command(run, tmp_path):
    p = run("run", "--plat", "kvm", "-###", "img", "a", "two words", "-x",
            check=0)
    golden("run_cmd.txt", p.stdout)
    p = run("run", "--plat", "kvm", "--accel", "kvm", "-m", "128", "-###",
            "img", check=0)
    assert p.stdout.startswith("qemu-system-x86_64 -M microvm,rtc=on -accel kvm -cpu max -m 128 ")
    assert "-append" not in p.stdout
    p = run("run", "--plat", "kvm", "-###", "img",
            env={"UK_QEMU_ACCEL": "kvm"}, check=0)
    assert "-accel kvm" in p.stdout


def test_guest_status(run, tmp_path):
    env = fake(tmp_path)
    for status in (0, 3, 127):
        p = run("run", "--plat", "kvm", "img", "x y", "z",
                env={**env, "FAKE_MODE": f"guest{status}"}, check=status)
        assert p.stdout.endswith("[-kernel][img][-append][\"x y\" z]\n")


def test_qemu_failure(run, tmp_path):
    p = run("run", "--plat", "kvm", "img",
            env={**fake(tmp_path), "FAKE_MODE": "fail"}, check=1)
    assert p.stderr.splitlines() == [
        "qemu-system-x86_64: -kernel img: error loading",
        f"uklink: error: img: {tmp_path}/fakeqemu failed (status 1)"]


def test_guest_reset(run, tmp_path):
    p = run("run", "--plat", "kvm", "img",
            env={**fake(tmp_path), "FAKE_MODE": "reset"}, check=1)
    assert "stopped without an exit status" in p.stderr


def test_timeout(run, tmp_path):
    p = run("run", "--plat", "kvm", "--timeout", "1", "img",
            env={**fake(tmp_path), "FAKE_MODE": "hang"}, check=124)
    assert "timed out after 1 s" in p.stderr


def test_missing_image(run):
    p = run("run", "--plat", "kvm", "nope", check=1)
    assert p.stderr == "uklink: error: nope: no such image\n"


FAKE_XEN_BOOT = """#!/bin/sh
# fake tests/xen/boot.sh: prints its arguments, behaves as told by $FAKE_MODE
for a in "$@"; do printf '[%s]' "$a"; done; echo
case "$FAKE_MODE" in
  poweroff) exit 0;;
  status*) echo "[xen] exit status ${FAKE_MODE#status}"; exit 3;;
  crash) echo "Xen crashed it"; exit 3;;
  timeout) echo "boot.sh: error: timeout" >&2; exit 4;;
esac
"""


def fake_xen(tdir):
    b = tdir / "fakeboot.sh"
    b.write_text(FAKE_XEN_BOOT)
    (tdir / "img").write_bytes(b"\x7fELF")
    return {"UKLINK_XEN_BOOT": str(b)}


def test_run_xen_command(run):
    p = run("run", "--plat", "xen", "-###", "-m", "1", "img", "a",
            "two words", env={"UKLINK_XEN_BOOT": "/x/boot.sh"}, check=0)
    golden("run_xen.txt", p.stdout)


def test_run_xen_status(run, tmp_path):
    env = fake_xen(tmp_path)
    for mode, status in (("poweroff", 0), ("status5", 5), ("crash", 127),
                         ("status127", 127), ("timeout", 124)):
        p = run("run", "--plat", "xen", "img", "x",
                env={**env, "FAKE_MODE": mode}, check=status)
        assert p.stdout.startswith("[img][--memory][64][--][x]\n"), p.stdout
    assert "did not finish" in p.stderr


def test_unknown_platform(run):
    p = run("run", "--plat", "foo", "img", check=2)
    assert "unknown platform 'foo' (known: kvm, linuxu, xen)" in p.stderr


def test_run_linuxu_execs_the_image(run, tmp_path):
    img = tmp_path / "prog"
    img.write_text('#!/bin/sh\necho "args:$*"\nexit 5\n')
    img.chmod(0o755)
    p = run("run", "--plat", "linuxu", str(img), "a", "b c", check=5)
    assert p.stdout == "args:a b c\n"


def test_run_crlf_becomes_lf_on_a_pipe(uklink, tmp_path):
    import subprocess
    q = tmp_path / "fakeqemu"
    q.write_text("#!/bin/sh\nprintf 'one\\r\\ntwo\\r\\n\\rthree\\r'\nexit 1\n")
    q.chmod(0o755)
    (tmp_path / "img").write_bytes(b"\x7fELF")
    p = subprocess.run([uklink, "run", "--plat", "kvm", str(tmp_path / "img")],
                       env={**os.environ, "UKLINK_QEMU": str(q)}, capture_output=True)
    assert p.returncode == 0, p
    assert p.stdout == b"one\ntwo\n\rthree\r"

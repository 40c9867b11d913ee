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
    assert p.stdout.startswith("qemu-system-x86_64 -M microvm -accel kvm -cpu max -m 128 ")
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


def test_unsupported_platform(run):
    p = run("run", "--plat", "xen", "img", check=1)
    golden("run_xen.txt", p.stderr)


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

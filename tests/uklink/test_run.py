"""uklink run: the runner command the target's facts describe and the
exit-status mapping, with fake runners (the real ones need a bootable
image). The synthetic pool's kvm, xen and linuxu targets carry the real
pool's run facts (poolgen.FACTS)."""
import os
import re
import subprocess

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

POOL = ("--pool", "pool")


def fake(tdir):
    q = tdir / "fakeqemu"
    q.write_text(FAKE)
    q.chmod(0o755)
    (tdir / "img").write_bytes(b"\x7fELF")
    return {"UKLINK_QEMU": str(q)}


def test_run_command(run, tdir):
    p = run("run", *POOL, "--plat", "kvm", "-###", "img", "a", "two words",
            "-x", check=0)
    golden("run_cmd.txt", p.stdout)
    p = run("run", *POOL, "--plat", "kvm", "--accel", "kvm", "-m", "128",
            "-###", "img", check=0)
    assert p.stdout.startswith("qemu-system-x86_64 -M microvm,rtc=on -accel kvm -cpu max -m 128 ")
    assert "-append" not in p.stdout
    p = run("run", *POOL, "--plat", "kvm", "-###", "img",
            env={"UK_QEMU_ACCEL": "kvm"}, check=0)
    assert "-accel kvm" in p.stdout


def test_guest_status(run, tdir):
    env = fake(tdir)
    for status in (0, 3, 127):
        p = run("run", *POOL, "--plat", "kvm", "img", "x y", "z",
                env={**env, "FAKE_MODE": f"guest{status}"}, check=status)
        assert p.stdout.endswith("[-kernel][img][-append][\"x y\" z]\n")


def test_qemu_failure(run, tdir):
    p = run("run", *POOL, "--plat", "kvm", "img",
            env={**fake(tdir), "FAKE_MODE": "fail"}, check=1)
    assert p.stderr.splitlines() == [
        "qemu-system-x86_64: -kernel img: error loading",
        f"uklink: error: img: {tdir}/fakeqemu failed (status 1)"]


def test_runner_missing(run, tdir):
    (tdir / "img").write_bytes(b"\x7fELF")
    p = run("run", *POOL, "--plat", "kvm", "img",
            env={"UKLINK_QEMU": "/nonexistent/qemu"}, check=1)
    assert p.stderr == ("uklink: error: cannot run /nonexistent/qemu: No such "
                        "file or directory; install it or set $UKLINK_QEMU\n")


def test_guest_reset(run, tdir):
    p = run("run", *POOL, "--plat", "kvm", "img",
            env={**fake(tdir), "FAKE_MODE": "reset"}, check=1)
    assert "stopped without an exit status" in p.stderr


def test_timeout(run, tdir):
    p = run("run", *POOL, "--plat", "kvm", "--timeout", "1", "img",
            env={**fake(tdir), "FAKE_MODE": "hang"}, check=124)
    assert "timed out after 1 s" in p.stderr


def test_missing_image(run, tdir):
    p = run("run", *POOL, "--plat", "kvm", "nope", check=1)
    assert p.stderr == "uklink: error: nope: no such image\n"


FAKE_XL = r"""#!/bin/sh
# fake xl: prints its arguments and the config, behaves as told by $FAKE_MODE
for a in "$@"; do printf '[%s]' "$a"; done; echo
[ "$1" = destroy ] && { echo "destroyed $2" >>"$FAKE_LOG"; exit 0; }
cat "$3"
case "$FAKE_MODE" in
  poweroff) exit 0;;
  status*) echo "[xen] exit status ${FAKE_MODE#status}"; exit 0;;
  crash) echo "Xen crashed it"; exit 3;;
  errlast*) printf '\033_uk:2\033\\to stderr\r\n\033_uk:1\033\\'
    printf '[xen] exit status %s\r\n' "${FAKE_MODE#errlast}"; exit 3;;
  hang) sleep 30;;
esac
"""


def fake_xl(tdir):
    b = tdir / "fakexl"
    b.write_text(FAKE_XL)
    b.chmod(0o755)
    (tdir / "img").write_bytes(b"\x7fELF")
    return {"UKLINK_XL": str(b), "FAKE_LOG": str(tdir / "xl.log")}


def test_run_xen_command(run, tdir):
    """-### prints the xl config uklink would write, then the command."""
    (tdir / "img").write_bytes(b"\x7fELF")
    p = run("run", *POOL, "--plat", "xen", "-###", "-m", "1", "img", "a",
            "two words", 'q"uo\\te', check=0)
    out = re.sub(r"img-[0-9]+", "img-PID", p.stdout)
    out = re.sub(r"\S*/uklink-run-", "TMP/uklink-run-", out)
    out = out.replace(str(tdir), "TDIR")
    golden("run_xen.txt", out)


def test_run_xen_status(run, tdir):
    env = fake_xl(tdir)
    for mode, status in (("poweroff", 0), ("status5", 5), ("status127", 127)):
        p = run("run", *POOL, "--plat", "xen", "img", "x",
                env={**env, "FAKE_MODE": mode}, check=status)
        lines = p.stdout.splitlines()
        assert lines[0].startswith("[create][-c][/"), p.stdout
        assert lines[0].endswith("/guest.cfg]"), p.stdout
        assert f'kernel = "{tdir}/img"' in lines
        assert 'extra = "x"' in lines
        assert "memory = 64" in lines
        cfg = lines[0][len("[create][-c]["):-1]
        assert not os.path.exists(cfg), "the config is removed at exit"
    p = run("run", *POOL, "--plat", "xen", "img",
            env={**env, "FAKE_MODE": "crash"}, check=1)
    assert "fakexl failed (status 3)" in p.stderr


def test_run_xen_status_after_stderr(run, tdir):
    """The status line that follows the guest's last stderr bytes starts
    with the console's mark back to stdout (plat/xen/console.c): it is
    still the guest's status, the streams still apart."""
    env = fake_xl(tdir)
    p = run("run", *POOL, "--plat", "xen", "img",
            env={**env, "FAKE_MODE": "errlast3"}, check=3)
    assert p.stderr == "to stderr\n", p
    assert p.stdout.endswith("\n[xen] exit status 3\n"), p
    assert "\033" not in p.stdout, p


def test_run_xen_timeout_destroys(run, tdir):
    env = fake_xl(tdir)
    p = run("run", *POOL, "--plat", "xen", "--timeout", "1", "img",
            env={**env, "FAKE_MODE": "hang"}, check=124)
    assert "timed out after 1 s" in p.stderr
    assert re.fullmatch(r"destroyed img-[0-9]+\n",
                        (tdir / "xl.log").read_text())


def test_unknown_platform(run, tdir):
    p = run("run", *POOL, "--plat", "foo", "img", check=1)
    assert ("platform 'foo' (x86_64) is not in this pool; it has: kvm, "
            "linuxu, xen") in p.stderr


def test_run_linuxu_execs_the_image(run, tdir):
    img = tdir / "prog"
    img.write_text('#!/bin/sh\necho "args:$*"\nexit 5\n')
    img.chmod(0o755)
    p = run("run", *POOL, "--plat", "linuxu", str(img), "a", "b c", check=5)
    assert p.stdout == "args:a b c\n"


def test_run_crlf_becomes_lf_on_a_pipe(uklink, tdir):
    q = tdir / "fakeqemu"
    q.write_text("#!/bin/sh\nprintf 'one\\r\\ntwo\\r\\n\\rthree\\r'\nexit 1\n")
    q.chmod(0o755)
    (tdir / "img").write_bytes(b"\x7fELF")
    p = subprocess.run([uklink, "run", *POOL, "--plat", "kvm", "img"],
                       cwd=tdir, env={**os.environ, "UKLINK_QEMU": str(q)},
                       capture_output=True)
    assert p.returncode == 0, p
    assert p.stdout == b"one\ntwo\n\rthree\r"


def test_run_initrd(run, tdir):
    """--initrd FILE goes where the target's facts say (run_initrd words,
    or the run_cfg lines naming {initrd}, left out without it)."""
    (tdir / "img").write_bytes(b"\x7fELF")
    (tdir / "files.cpio").write_bytes(b"070701")
    p = run("run", *POOL, "--plat", "kvm", "-###", "--initrd", "files.cpio",
            "img", "a", check=0)
    assert p.stdout.endswith(" -kernel img -initrd files.cpio -append a\n")
    p = run("run", *POOL, "--plat", "xen", "-###", "--initrd", "files.cpio",
            "img", check=0)
    assert f'ramdisk = "{tdir}/files.cpio"' in p.stdout.splitlines()
    p = run("run", *POOL, "--plat", "xen", "-###", "img", check=0)
    assert "ramdisk" not in p.stdout
    p = run("run", *POOL, "--plat", "linuxu", "-###", "--initrd",
            "files.cpio", "img", "x", check=0)
    assert p.stdout == "./img --uk-initrd=files.cpio x\n" or \
        p.stdout == "img --uk-initrd=files.cpio x\n"
    p = run("run", *POOL, "--plat", "kvm", "--initrd", "nope.cpio", "img",
            check=1)
    assert p.stderr == "uklink: error: nope.cpio: no such initrd\n"

#!/usr/bin/python3
"""The shared Xen runner, host side: one Xen 4.17 + dom0 boot in QEMU (TCG)
runs many PV guests, several at once (dom0-init.sh is the inside).

    xenrun.py run CFG [--timeout SEC] [--log FILE] [-v]
    xenrun.py create -c CFG            (the `xl create -c CFG` interface)
    xenrun.py destroy NAME             (`xl destroy NAME`)
    xenrun.py start | status [--arch x86_64|arm64]
    xenrun.py stop

CFG is an xl config (type, kernel, ramdisk, extra, memory, name, ...). Its
kernel= and ramdisk= files are copied into a job directory the runner's dom0
sees over 9p, the config is pointed at the copies, dom0 runs `xl create -F`
on it and writes back the console, the domain id and how the guest ended.
run/create print the guest's console on stdout (\\r removed, newline-
terminated) and exit 0 (poweroff), 3 (crash: Xen's "Unhandled" lines for
that domain on stderr), 4 (timeout or harness failure, the reason on
stderr) or 2 (usage). stderr also gets "xl create -> guest gone: N s"
(dom0's clock) and "took N s". A TERM signal to run/create, or `destroy
NAME` from elsewhere, has dom0 destroy the guest (exit status 4).

The runner lives in a directory: $UK_XEN_RUNNER, else a private one for
this one command (started, used once, stopped: a whole Xen boot per
guest, as before). The test session (tests/conftest.py) sets UK_XEN_RUNNER
and UK_XEN_RUNNER_OWNER (its pid): the first guest starts the runner
(others wait for it, under a lock), every later guest reuses it, and it
stops when the owner process is gone (a watchdog), when `stop` is run, or
after UK_XEN_IDLE seconds (default 600) without a guest.

Architectures: the guest's kernel file says which Xen runs it: an x86_64
ELF on Xen x86_64 in qemu-system-x86_64, an arm64 Image (the Linux boot
header: "ARM\\x64" at offset 56) on Xen arm64 in qemu-system-aarch64
-M virt,virtualization=true (dom0 and its initramfs placed by QEMU's
guest-loader). Each has its own cache (prepare.sh --arch) and its own
runner: the arm64 one lives in the subdirectory arm64/ of the runner
directory; `start --arch arm64` starts it, `stop` stops both.

Layout of the directory: share/ (the 9p root dom0 mounts: jobs/ID/, state,
stop, idle, dom0-setup.sh), serial.log (Xen's and dom0's serial console),
qemu.pid, lock.

Environment: UK_XEN_CACHE (tests/xen/prepare.sh's cache of x86_64;
UK_XEN_CACHE_ARM64 arm64's), QEMU (qemu-system-x86_64; QEMU_ARM64
qemu-system-aarch64), UK_XEN_ARGS (more Xen options), UK_DOM0_ARGS (more
dom0 kernel options), UK_XEN_QEMU_ARGS (more QEMU options, e.g. a NIC for
dom0), UK_XEN_DOM0_SETUP (a script dom0 runs before taking guests),
UK_XEN_START_TIMEOUT (seconds for Xen + dom0 to come up, default 300)."""
import fcntl
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ARCHS = ("x86_64", "arm64")
# Per architecture: prepare.sh's cache, QEMU, and the hypervisor's file.
CACHES = {
    "x86_64": Path(os.environ.get("UK_XEN_CACHE") or REPO / "build" / "xen-cache"),
    "arm64": Path(os.environ.get("UK_XEN_CACHE_ARM64")
                  or REPO / "build" / "xen-cache-arm64"),
}
QEMUS = {
    "x86_64": os.environ.get("QEMU", "qemu-system-x86_64"),
    "arm64": os.environ.get("QEMU_ARM64", "qemu-system-aarch64"),
}
XENBINS = {"x86_64": "xen-4.17-amd64", "arm64": "xen-4.17-arm64"}
START_TIMEOUT = int(os.environ.get("UK_XEN_START_TIMEOUT", "300"))
IDLE = int(os.environ.get("UK_XEN_IDLE", "600"))
POLL = 0.2
# dom0 takes a job within a poll (5 a second). A runner that has taken
# none for this long, ours or any other, while one waits is wedged.
WEDGED = int(os.environ.get("UK_XEN_WEDGED", "90"))


class Failure(Exception):
    """The harness could not give a result (exit status 4)."""


def say(msg):
    print(f"xenrun: {msg}", file=sys.stderr, flush=True)


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie is gone for our purposes.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def kernel_arch(path):
    """The architecture of a guest kernel file: an ELF's machine, or the
    arm64 Image header's magic; None when it is neither."""
    try:
        with open(path, "rb") as f:
            head = f.read(64)
    except OSError:
        return None
    if head[:4] == b"\x7fELF" and len(head) >= 20:
        machine = int.from_bytes(head[18:20], "little")
        return {62: "x86_64", 183: "arm64"}.get(machine)
    if len(head) >= 60 and head[56:60] == b"ARM\x64":
        return "arm64"
    return None


def qemu_escape(v):
    """A value inside one QEMU -device option list: commas doubled."""
    return v.replace(",", ",,")


class Runner:
    def __init__(self, path, arch="x86_64"):
        # x86_64's runner is the directory itself (as it always was),
        # another architecture's a subdirectory named after it.
        self.arch = arch
        self.dir = Path(path) if arch == "x86_64" else Path(path) / arch
        self.share = self.dir / "share"
        self.jobs = self.share / "jobs"
        self.serial = self.dir / "serial.log"
        self.pidfile = self.dir / "qemu.pid"

    def pid(self):
        try:
            return int(self.pidfile.read_text())
        except (OSError, ValueError):
            return None

    def running(self):
        pid = self.pid()
        return pid is not None and alive(pid)

    def state(self):
        try:
            return (self.share / "state").read_text().strip()
        except OSError:
            return ""

    def serial_tail(self, n=25):
        try:
            text = self.serial.read_bytes().decode(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.replace("\r", "").splitlines()[-n:])

    # -- start and stop -------------------------------------------------

    def ensure(self, owner=None, replace=None):
        """Starts Xen + dom0 unless they run; waits until dom0 takes jobs.
        replace: the pid of a wedged runner to kill first (unless another
        process has replaced it already)."""
        self.owner = owner
        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.dir / "lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if replace is not None and self.pid() == replace:
                if alive(replace):
                    os.kill(replace, signal.SIGKILL)
                while alive(replace):
                    time.sleep(POLL)
            if not self.running() or self.state().startswith("failed"):
                self._start(owner)
        self.wait_up()

    def last_take(self):
        """When dom0 last took a job (the newest mark's time), or 0."""
        t = 0.0
        for j in self.jobs.iterdir() if self.jobs.is_dir() else ():
            try:
                t = max(t, (j / "taken").stat().st_mtime)
            except OSError:
                pass
        return t

    def await_taken(self, job):
        """Waits until dom0 takes @job. Seen once in a full run beside a
        `make pool`: Xen arm64's dom0 came up, said so, and slept for good
        (its vCPUs idle, not one job taken in 12 minutes). A runner that
        has taken nothing for WEDGED s while @job waits is replaced, once:
        the job, untaken, goes to the new dom0 (jobs it had taken are
        lost; their waiters see it exit)."""
        replaced = False
        since = time.monotonic()
        while not (job / "taken").exists():
            if self.state().startswith("failed") or not self.running():
                self.ensure(getattr(self, "owner", None))
                since = time.monotonic()
            elif time.monotonic() - since > WEDGED and \
                    time.time() - self.last_take() > WEDGED:
                if replaced:
                    raise Failure(f"dom0 took no job in {WEDGED} s, twice; "
                                  f"last serial lines:\n{self.serial_tail()}")
                say(f"dom0 took no job in {WEDGED} s: replacing Xen")
                self.ensure(getattr(self, "owner", None), replace=self.pid())
                replaced = True
                since = time.monotonic()
            time.sleep(POLL)

    def _start(self, owner):
        r = subprocess.run(["sh", str(HERE / "prepare.sh"), "--arch", self.arch],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           text=True)
        if r.returncode != 0:
            raise Failure(f"prepare.sh failed: {r.stderr.strip()}")
        qemu = QEMUS[self.arch]
        if shutil.which(qemu) is None:
            raise Failure(f"{qemu} not found (apt-get install "
                          f"{'qemu-system-x86' if self.arch == 'x86_64' else 'qemu-system-arm'})")
        for f in ("state", "stop"):
            (self.share / f).unlink(missing_ok=True)
        self.jobs.mkdir(parents=True, exist_ok=True)
        (self.share / "idle").write_text(f"{IDLE}\n")
        setup = os.environ.get("UK_XEN_DOM0_SETUP")
        if setup:
            shutil.copy(setup, self.share / "dom0-setup.sh")
        # Relative names, so that no comma or space in the cache path
        # confuses -initrd (comma-separated multiboot modules).
        for name, target in (("xen", XENBINS[self.arch]), ("vmlinuz", "vmlinuz"),
                             ("dom0.cpio", "dom0.cpio")):
            link = self.dir / name
            link.unlink(missing_ok=True)
            link.symlink_to(CACHES[self.arch] / target)
        if "," in str(self.share):
            raise Failure(f"{self.share}: a comma in the path breaks -virtfs")
        xen_args = ("dom0_mem=512M,max:512M "
                    "dom0_max_vcpus=1 loglvl=all guest_loglvl=all")
        if self.arch == "x86_64":
            xen_args = "console=com1 com1=115200,8n1 " + xen_args
        if os.environ.get("UK_XEN_ARGS"):
            xen_args += " " + os.environ["UK_XEN_ARGS"]
        dom0_args = "console=hvc0 quiet"
        if self.arch == "x86_64":
            dom0_args += " tsc=reliable"
        if os.environ.get("UK_DOM0_ARGS"):
            dom0_args += " " + os.environ["UK_DOM0_ARGS"]
        common = ["-smp", "2", "-nographic", "-no-reboot",
                  "-serial", "stdio", "-monitor", "none", "-display", "none",
                  "-net", "none", "-kernel", "xen", "-append", xen_args]
        if self.arch == "x86_64":
            cmd = [QEMUS["x86_64"], "-accel", "tcg,tb-size=256",
                   "-cpu", "max,-smap,-smep", "-m", "1024", *common,
                   "-initrd", f"vmlinuz {dom0_args},dom0.cpio",
                   "-virtfs", f"local,path={self.share},mount_tag=share,"
                   "security_model=none,id=share"]
        else:
            # Xen CI's machine (automation/scripts/qemu-smoke-dom0-arm64.sh).
            # No bootloader: QEMU loads Xen's Image at EL2 with the board's
            # DTB, into which guest-loader writes dom0's kernel (with its
            # command line) and initramfs as multiboot modules. Above
            # 0x49000000: QEMU puts the DTB at 0x48000000 (RAM + 128 MiB).
            # The runner's directory is a virtio-mmio 9p device, which Xen
            # hands to dom0 like the rest of the board.
            cmd = [QEMUS["arm64"], "-accel", "tcg,tb-size=256",
                   "-machine", "virt,virtualization=true", "-cpu", "cortex-a57",
                   "-m", "2048", *common,
                   "-device", "guest-loader,addr=0x49000000,kernel=vmlinuz,"
                   f"bootargs={qemu_escape(dom0_args)}",
                   "-device", "guest-loader,addr=0x4c000000,initrd=dom0.cpio",
                   "-fsdev", f"local,id=share,path={qemu_escape(str(self.share))},"
                   "security_model=none",
                   "-device", "virtio-9p-device,fsdev=share,mount_tag=share"]
        cmd += shlex.split(os.environ.get("UK_XEN_QEMU_ARGS", ""))
        # Appended: a runner started again after a failure keeps the log of
        # the one that failed (tests/conftest.py saves it at the end).
        with open(self.serial, "ab") as log:
            log.write(f"\n===XENRUN START {time.strftime('%H:%M:%S')}===\n".encode())
            log.flush()
            q = subprocess.Popen(cmd, cwd=self.dir, stdin=subprocess.DEVNULL,
                                 stdout=log, stderr=subprocess.STDOUT,
                                 start_new_session=True)
        self.pidfile.write_text(f"{q.pid}\n")
        # The watchdog: QEMU goes when its owner does (a test session
        # killed hard must not leave Xen running). A runner started by hand
        # has no owner: `stop` or the idle limit ends it.
        if not owner:
            return
        subprocess.Popen(["sh", "-c", 'while kill -0 "$1" 2>/dev/null && '
                          'kill -0 "$2" 2>/dev/null; do sleep 2; done; '
                          'kill "$2" 2>/dev/null', "xen-watchdog",
                          str(owner), str(q.pid)],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)

    def wait_for(self, done, seconds, what):
        """Polls done() until it is true; Failure if QEMU exits, dom0 says
        it failed, or seconds pass (what says what was awaited)."""
        deadline = time.monotonic() + seconds
        while not done():
            st = self.state()
            if st.startswith("failed"):
                raise Failure(f"dom0 {st}; last serial lines:\n{self.serial_tail()}")
            if not self.running():
                raise Failure(f"Xen/dom0 exited while waiting for {what}; "
                              f"last serial lines:\n{self.serial_tail()}")
            if time.monotonic() > deadline:
                raise Failure(f"still waiting for {what} after {seconds} s; "
                              f"last serial lines:\n{self.serial_tail()}")
            time.sleep(POLL)

    def wait_up(self):
        self.wait_for(lambda: self.state() == "up", START_TIMEOUT,
                      "dom0 to take guests")

    def stop(self, wait=30):
        pid = self.pid()
        if pid is None:
            return
        if self.share.is_dir():
            (self.share / "stop").write_text("")
        deadline = time.monotonic() + wait
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(POLL)
        if alive(pid):
            os.kill(pid, signal.SIGKILL)
        self.pidfile.unlink(missing_ok=True)

    # -- one guest --------------------------------------------------------

    def run(self, cfg_text, cfg_dir, timeout):
        """Runs one guest; returns (result, console, job dir)."""
        tmp = Path(tempfile.mkdtemp(prefix=".new-", dir=self.jobs))
        jid = f"{os.getpid()}x{tmp.name[5:]}"
        job = self.jobs / jid
        text = stage_files(cfg_text, cfg_dir, tmp, f"/share/jobs/{jid}")
        (tmp / "guest.cfg").write_text(text)
        (tmp / "timeout").write_text(f"{timeout}\n")
        tmp.rename(job)
        self.job = job
        self.await_taken(job)
        # dom0 enforces the guest's deadline (and still hands the console
        # back); ours only covers a dom0 that stopped answering.
        self.wait_for((job / "result").exists, timeout + 60,
                      "the guest's result")
        result = (job / "result").read_text().strip()
        console = (job / "console").read_bytes().decode(errors="replace")
        return result, console.replace("\r", ""), job


def parse_cfg(text):
    """xl's key = value lines (value a quoted string, a number or a list)."""
    keys = {}
    for line in text.splitlines():
        m = re.match(r'\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$', line)
        if m:
            keys[m.group(1)] = m.group(2)
    return keys


def stage_files(cfg_text, cfg_dir, into, seen_as):
    """Copies the kernel= and ramdisk= files into the job directory and
    points the config at them as dom0 sees them."""
    out = []
    for line in cfg_text.splitlines():
        m = re.match(r'(\s*(kernel|ramdisk)\s*=\s*)"(.*)"\s*$', line)
        if m:
            src = Path(m.group(3))
            if not src.is_absolute():
                src = Path(cfg_dir) / src
            if not src.is_file():
                raise Usage(f"{m.group(2)} = {src}: no such file")
            shutil.copy(src, into / m.group(2))
            line = f'{m.group(1)}"{seen_as}/{m.group(2)}"'
        out.append(line)
    if "kernel" not in parse_cfg(cfg_text):
        raise Usage("the config has no kernel =")
    return "\n".join(out) + "\n"


def cfg_kernel(cfg_path):
    """The kernel= file of the xl config at cfg_path."""
    k = parse_cfg(Path(cfg_path).read_text()).get("kernel", "").strip('"')
    return k if os.path.isabs(k) else Path(cfg_path).parent / k


class Usage(Exception):
    pass


class Stopped(Exception):
    """A TERM signal (uklink's timeout): the guest is to be destroyed."""


def on_term(signum, frame):
    raise Stopped()


def destroy(runner, name):
    """Asks dom0 to destroy the running guest(s) named name (as configured,
    or as created: NAME-ID when the name was taken); returns how many."""
    n = 0
    for job in runner.jobs.iterdir() if runner.jobs.is_dir() else ():
        if (job / "result").exists() or job.name.startswith("."):
            continue
        names = set()
        if (job / "name").exists():      # as created, written by dom0
            names.add((job / "name").read_text().strip())
        if (job / "guest.cfg").exists():
            m = re.findall(r'^\s*name\s*=\s*"(.*)"', (job / "guest.cfg").read_text(), re.M)
            names.update(m[-1:])
        if name in names:
            (job / "destroy").write_text("")
            n += 1
    return n


def crash_lines(runner, job):
    """Xen's lines about this domain's crash, from the serial log."""
    domid = (job / "domid").read_text().strip() if (job / "domid").exists() else ""
    try:
        lines = runner.serial.read_bytes().decode(errors="replace").replace("\r", "").splitlines()
    except OSError:
        return []
    for i, l in enumerate(lines):
        if "Unhandled" in l and (not domid or re.search(rf"\bd{domid}v\d", l)):
            return lines[i:i + 4]
    return []


# dom0-init.sh's result for a guest destroyed on request (xl destroy).
DESTROYED = "error: destroyed on the host's request"


def run_guest(cfg_path, timeout, log=None, verbose=False):
    t0 = time.monotonic()

    def took():
        say(f"took {time.monotonic() - t0:.1f} s")

    cfg_path = Path(cfg_path)
    if not cfg_path.is_file():
        raise Usage(f"{cfg_path}: no such config")
    # Checked before Xen is started for it.
    with tempfile.TemporaryDirectory() as t:
        stage_files(cfg_path.read_text(), cfg_path.parent, Path(t), "/")
    arch = kernel_arch(cfg_kernel(cfg_path)) or "x86_64"
    shared = os.environ.get("UK_XEN_RUNNER")
    own = None
    if shared:
        runner = Runner(shared, arch)
    else:
        own = tempfile.mkdtemp(prefix="uk-xen.")
        runner = Runner(own, arch)
    signal.signal(signal.SIGTERM, on_term)
    try:
        try:
            runner.ensure(owner=os.getpid() if own else
                          int(os.environ.get("UK_XEN_RUNNER_OWNER", 0)) or None)
            result, console, job = runner.run(cfg_path.read_text(),
                                              cfg_path.parent, timeout)
            if result not in ("poweroff", "crash", "timeout") and \
                    not result.startswith(DESTROYED) and not console:
                # xl create failed before the guest ran. dom0's toolstack
                # fails now and then while other guests come and go
                # ("libxl_cpu_bitmap_alloc: failed to retrieve the maximum
                # number of cpus", seen once in a full run): once more; a
                # real error (a bad config) fails again the same way. Not
                # a guest destroyed on request (`xl destroy NAME`) before
                # it printed anything: it ran, and was to stop.
                xl = (job / "xl.log").read_text(errors="replace") \
                    if (job / "xl.log").exists() else ""
                say(f"xl create failed ({result}); once more: "
                    f"{xl.strip().splitlines()[-1] if xl.strip() else ''}")
                time.sleep(2)
                result, console, job = runner.run(cfg_path.read_text(),
                                                  cfg_path.parent, timeout)
        except Failure as e:
            say(f"error: {e}")
            took()
            return 4
        except Stopped:
            job = getattr(runner, "job", None)
            if job is not None and job.is_dir():
                (job / "destroy").write_text("")
            say("error: stopped (TERM): dom0 destroys the guest")
            took()
            return 4
        sys.stdout.write(console)
        sys.stdout.flush()
        gone = (job / "time").read_text().strip() if (job / "time").exists() else ""
        if gone:
            say(f"xl create -> guest gone: {gone} s")
        if verbose or log:
            xl = (job / "xl.log").read_text(errors="replace")
            if verbose:
                sys.stderr.write(xl)
            if log:
                shutil.copy(runner.serial, log)
                with open(log, "a") as f:
                    f.write(f"\n===JOB {job.name} xl.log===\n{xl}"
                            f"===GUEST-END {result}===\n")
        if result == "poweroff":
            code = 0
        elif result == "crash":
            say("the guest crashed")
            for l in crash_lines(runner, job):
                print(l, file=sys.stderr)
            code = 3
        elif result == "timeout":
            say(f"error: timeout: the guest had not shut down {timeout} s "
                "after xl create (dom0 destroyed it)")
            code = 4
        else:
            xl = (job / "xl.log").read_text(errors="replace")
            for l in xl.splitlines():
                print(f"xl: {l}", file=sys.stderr)
            why = next((re.sub(r": Out of memory$", "", l) for l in xl.splitlines()
                        if re.match(r"(xc|libxl): error: ", l)), "")
            say(f"error: {'xl create failed: ' + why + '; ' if why else ''}"
                f"dom0 reported: {result}")
            code = 4
        shutil.rmtree(job, ignore_errors=True)
        took()
        return code
    finally:
        if own:
            runner.stop()
            shutil.rmtree(own, ignore_errors=True)


USAGE = """usage: xenrun.py run CFG [--timeout SEC] [--log FILE] [-v]
       xenrun.py create -c CFG       (as `xl create -c CFG`)
       xenrun.py destroy NAME        (as `xl destroy NAME`)
       xenrun.py start | status [--arch x86_64|arm64]   (the runner of $UK_XEN_RUNNER)
       xenrun.py stop                (every runner of $UK_XEN_RUNNER)"""


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__ if argv else USAGE)
        return 0 if argv else 2
    cmd, rest = argv[0], argv[1:]
    try:
        if cmd in ("run", "create"):
            timeout = int(os.environ.get("UK_XEN_TIMEOUT", "100"))
            log, verbose, cfg = None, False, None
            while rest:
                a = rest.pop(0)
                if a == "--timeout" and rest:
                    v = rest.pop(0)
                    if not v.isdigit():
                        raise Usage(f"--timeout: not a number: {v}")
                    timeout = int(v)
                elif a == "--log" and rest:
                    log = rest.pop(0)
                elif a in ("-v", "-c") or (a == "-F" and cmd == "create"):
                    verbose = verbose or a == "-v"
                elif a.startswith("-"):
                    raise Usage(f"unknown option {a}")
                elif cfg is None:
                    cfg = a
                else:
                    raise Usage("one CFG only")
            if cfg is None:
                raise Usage("no CFG")
            return run_guest(cfg, timeout, log, verbose)
        shared = os.environ.get("UK_XEN_RUNNER")
        if cmd == "destroy":
            if len(rest) != 1:
                raise Usage("destroy NAME")
            # Without a session's runner, create's TERM did the work.
            if shared:
                for a in ARCHS:
                    destroy(Runner(shared, a), rest[0])
            return 0
        if cmd in ("start", "stop", "status"):
            if not shared:
                raise Usage(f"{cmd}: set UK_XEN_RUNNER to the runner's directory")
            arch = "x86_64"
            if rest[:1] == ["--arch"] and len(rest) == 2 and rest[1] in ARCHS:
                arch = rest[1]
            elif rest:
                raise Usage(f"{cmd} [--arch {'|'.join(ARCHS)}]")
            r = Runner(shared, arch)
            if cmd == "start":
                r.ensure(owner=int(os.environ.get("UK_XEN_RUNNER_OWNER", 0)) or None)
            elif cmd == "stop":
                # Every architecture's runner of the directory.
                for a in ARCHS:
                    Runner(shared, a).stop()
            else:
                print("up" if r.running() and r.state() == "up" else
                      "starting" if r.running() else "stopped")
            return 0
        raise Usage(f"unknown command {cmd}")
    except Usage as e:
        print(f"xenrun: error: {e}\n{USAGE}", file=sys.stderr)
        return 2
    except Failure as e:
        say(f"error: {e}")
        return 4


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

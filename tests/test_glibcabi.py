"""glibc's ABI over newlib (docs/hostcc.md, "newlib with glibc's ABI"):
tests/apps/glibcabi.c, compiled by the host's gcc against glibc's headers,
needs calls only newlib has among the pool's C libraries (wide
characters, strtold, asprintf, arc4random, sigaction) and uses glibc's
inline FILE paths, errno and flag values, struct stat, struct tm,
struct sigaction and jmp_buf. Linked with `--libc newlib`, booted, its
output must equal the same object linked with glibc and run on the host
(nothing expected is written here)."""
import subprocess

import pytest

from uktest import ROOT, boot, compile_c, link, skip_xen, uklink

APP = ROOT / "tests" / "apps" / "glibcabi.c"
HARDENED = ["-O2", "-D_FORTIFY_SOURCE=2", "-fstack-protector-strong",
            "-D_FILE_OFFSET_BITS=64"]
FLAGS = {"plain": [], "hardened": HARDENED}
ARGS = ["a b", "last"]
STATUS = 3


def native(obj, tmp_path, merged):
    """The object linked with glibc, run in a scratch directory (the
    program's files are relative names) with the unikernel's time zone."""
    exe = tmp_path / "native"
    subprocess.run(["gcc", str(obj), "-o", str(exe)], check=True)
    work = tmp_path / "cwd"
    work.mkdir()
    r = subprocess.run([str(exe), *ARGS], text=True, cwd=work,
                       env={"TZ": "UTC", "PATH": "/usr/bin:/bin"},
                       stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT if merged else subprocess.PIPE)
    assert r.returncode == STATUS, r
    return r.stdout, r.stderr


def undefined(obj):
    nm = subprocess.run(["nm", "-u", str(obj)], check=True,
                        capture_output=True, text=True)
    return {line.split()[-1] for line in nm.stdout.splitlines()}


@pytest.fixture(scope="module", params=list(FLAGS))
def app_obj(request, tmp_path_factory):
    d = tmp_path_factory.mktemp(request.param)
    return compile_c(APP, d / "app.o", cc="gcc", flags=FLAGS[request.param])


def test_object_uses_glibc_abi(app_obj):
    """What the test is about: glibc's names, not newlib's."""
    u = undefined(app_obj)
    assert {"stdout", "__errno_location", "__sigsetjmp", "_setjmp"} <= u, u
    if "hardened" in str(app_obj):
        # glibc's inline FILE paths and the LFS64 names.
        assert {"__uflow", "__overflow", "fopen64", "open64", "stat64",
                "__longjmp_chk", "__isoc99_fscanf", "__getdelim"} <= u, u


def test_glibcabi_kvm(app_obj, tmp_path):
    img = link([app_obj], tmp_path / "app", "--libc", "newlib")
    r = boot(img, *ARGS)
    # stderr has its own serial port (docs/vfs.md, "The console on each
    # platform"): the streams arrive apart, as on linuxu.
    out, err = native(app_obj, tmp_path, merged=False)
    assert (r.out, r.err, r.rc) == (out, err, STATUS), r


def test_glibcabi_linuxu(app_obj, tmp_path):
    img = link([app_obj], tmp_path / "app", "--libc", "newlib",
               plat="linuxu")
    r = boot(img, *ARGS, plat="linuxu")
    out, err = native(app_obj, tmp_path, merged=False)
    assert (r.out, r.err, r.rc) == (out, err, STATUS), r


@pytest.mark.xen
@skip_xen()
def test_glibcabi_xen(tmp_path):
    obj = compile_c(APP, tmp_path / "app.o", cc="gcc", flags=HARDENED)
    img = link([obj], tmp_path / "app", "--libc", "newlib", plat="xen")
    r = boot(img, *ARGS, plat="xen")
    # stderr shares the console ring between marks uklink run removes
    out, err = native(obj, tmp_path, merged=False)
    assert out in r.out.replace("\r\n", "\n") and r.rc == STATUS, r
    assert err in r.err.replace("\r\n", "\n") and err not in r.out, r


RAISE_APP = r"""
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char *argv[])
{
	printf("before\n");
	fflush(stdout);
	if (argv[1][0] == 'a')
		abort();
	raise(SIGTERM);
	printf("not reached\n");
	return argc;
}
"""


@pytest.mark.parametrize("plat", ["kvm", "linuxu"])
@pytest.mark.parametrize("how,message", [
    ("abort", "newlib: signal 6 (Aborted) ends the program"),
    ("raise", "newlib: signal 15 (Terminated) ends the program"),
])
def test_unhandled_signal_says_why(how, message, plat, tmp_path):
    """A signal no handler catches ends the program as a crash (status
    127), and says which on the console (it used to be silent)."""
    src = tmp_path / "raise.c"
    src.write_text(RAISE_APP)
    obj = compile_c(src, tmp_path / "raise.o", cc="gcc", flags=["-O2"])
    img = link([obj], tmp_path / "app", "--libc", "newlib", plat=plat)
    r = boot(img, how, plat=plat)
    assert "before" in r.out and "not reached" not in r.out, r
    assert message in r.out + r.err and r.rc == 127, r


SYSTEM_APP = r"""
#define _GNU_SOURCE
#include <err.h>
#include <errno.h>
#include <pwd.h>
#include <grp.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
int main(void)
{
	struct utsname u;
	struct passwd *pw = getpwuid(getuid()), pwb, *pwr;
	struct group *gr = getgrgid(getgid());
	struct rlimit rl;
	struct rusage ru;
	struct tm tm = { .tm_year = 124, .tm_mon = 13, .tm_mday = 31 };
	char buf[256];
	FILE *p;

	uname(&u);
	printf("uname %s %s\n", u.sysname, u.machine);
	printf("ids %d %d %d %d ppid %d\n", (int)getuid(), (int)geteuid(),
	       (int)getgid(), (int)getegid(), (int)getppid());
	printf("pw %s %s %s gr %s\n", pw->pw_name, pw->pw_dir, pw->pw_shell,
	       gr->gr_name);
	getpwnam_r("root", &pwb, buf, sizeof(buf), &pwr);
	printf("pw_r %s %d\n", pwr ? pwr->pw_name : "-", pwr == &pwb);
	printf("sysconf page %ld cpus %ld open %ld pages %d name %ld\n",
	       sysconf(_SC_PAGESIZE), sysconf(_SC_NPROCESSORS_ONLN),
	       sysconf(_SC_OPEN_MAX), sysconf(_SC_PHYS_PAGES) > 0,
	       pathconf("/", _PC_NAME_MAX));
	getrlimit(RLIMIT_NOFILE, &rl);
	printf("rlimit nofile %lu\n", (unsigned long)rl.rlim_cur);
	rl.rlim_cur = 32;
	printf("setrlimit %d", setrlimit(RLIMIT_NOFILE, &rl));
	getrlimit(RLIMIT_NOFILE, &rl);
	printf(" now %lu\n", (unsigned long)rl.rlim_cur);
	printf("priority %d", setpriority(PRIO_PROCESS, 0, 5));
	printf(" %d\n", getpriority(PRIO_PROCESS, 0));
	printf("getrusage %d\n", getrusage(RUSAGE_SELF, &ru));
	errno = 0;
	p = popen("ls", "r");
	printf("popen %d errno %s\n", p != NULL, strerror(errno));
	errno = 0;
	printf("waitpid %d", (int)waitpid(-1, NULL, 0));
	printf(" errno %s\n", strerror(errno));
	long long t = timegm(&tm);

	printf("timegm %lld mday %d mon %d\n", t, tm.tm_mday, tm.tm_mon);
	printf("getlogin %s\n", getlogin());
	fflush(stdout);
	errno = ENOENT;
	warn("warn %d", 1);
	warnx("warnx %s", "two");
	return 0;
}
"""
SYSTEM_OUT = """\
uname uklink x86_64
ids 0 0 0 0 ppid 0
pw root / /bin/sh gr root
pw_r root 1
sysconf page 4096 cpus 1 open 1024 pages 1 name 255
rlimit nofile 1024
setrlimit 0 now 32
priority 0 5
getrusage 0
popen 0 errno Function not implemented
waitpid -1 errno No child processes
timegm 1740960000 mday 3 mon 2
getlogin root
"""


@pytest.mark.parametrize("plat", ["kvm", "linuxu"])
def test_system_facts(plat, tmp_path):
    """What a unikernel is, through glibc's ABI (newlib's glue and
    patches 0012, 0013): one user, one process, one CPU, no processes to
    start (popen says so on the console); BSD's warn and warnx (without
    the program's name, which a unikernel does not keep)."""
    src = tmp_path / "system.c"
    src.write_text(SYSTEM_APP)
    obj = compile_c(src, tmp_path / "system.o", cc="gcc", flags=["-O2"])
    img = link([obj], tmp_path / "app", "--libc", "newlib", plat=plat)
    r = boot(img, plat=plat)
    # popen's and warn's messages go to the error stream (apart on every
    # platform)
    assert (r.out, r.rc) == (SYSTEM_OUT, 0), r
    assert "newlib: popen ls: no processes" in r.out + r.err, r
    assert "warn 1: No such file or directory\nwarnx two\n" in r.out + r.err, r


LOCALE_APP = r"""
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(void)
{
	const char *s = "h\xc3\xa9llo";
	char *r = setlocale(LC_ALL, "C.UTF-8");
	mbstate_t st;
	wchar_t w[16], c;

	memset(&st, 0, sizeof(st));
	printf("setlocale %s codeset %s\n", r ? r : "NULL", nl_langinfo(CODESET));
	printf("mbstowcs %zu", mbstowcs(w, s, 16));
	printf(" mbrtowc %zu", mbrtowc(&c, s + 1, 2, &st));
	printf(" U+%04X MB_CUR_MAX %d\n", (unsigned)c, (int)MB_CUR_MAX);
	printf("radix %s d_t_fmt %s day1 %s mon1 %s\n", nl_langinfo(RADIXCHAR),
	       nl_langinfo(D_T_FMT), nl_langinfo(DAY_1), nl_langinfo(MON_1));
	printf("ctype %s\n", setlocale(LC_CTYPE, NULL));
	return 0;
}
"""


@pytest.mark.parametrize("plat", ["kvm", "linuxu"])
def test_locale_numbers(plat, tmp_path):
    """glibc's LC_* and nl_langinfo numbers reach newlib's locale code
    (patches/0016): setlocale(LC_ALL, "C.UTF-8") sets every category and
    multibyte conversions decode UTF-8, as with glibc."""
    src = tmp_path / "locale.c"
    src.write_text(LOCALE_APP)
    obj = compile_c(src, tmp_path / "locale.o", cc="gcc", flags=["-O2"])
    exe = tmp_path / "native"
    subprocess.run(["gcc", str(obj), "-o", str(exe)], check=True)
    want = subprocess.run([str(exe)], check=True, text=True,
                          stdout=subprocess.PIPE).stdout
    img = link([obj], tmp_path / "app", "--libc", "newlib", plat=plat)
    r = boot(img, plat=plat)
    assert (r.out, r.rc) == (want, 0), r


def test_libc_chosen_for_the_program(tmp_path):
    """Without --libc, uklink picks the C library from what the program
    needs (newlib while nolibc lacks some of it: strtold, swprintf... at
    the time of writing), and the program runs as the native build."""
    obj = compile_c(APP, tmp_path / "app.o", cc="gcc", flags=HARDENED)
    r = uklink("--plat", "kvm", "-v", obj, "-o", tmp_path / "app")
    assert r.rc == 0, r
    chosen = [l for l in r.err.splitlines() if l.startswith("uklink: libc ")]
    assert len(chosen) == 1 and " (reason: " in chosen[0], r.err
    r = boot(tmp_path / "app", *ARGS)
    out, err = native(obj, tmp_path, merged=False)
    assert (r.out, r.err, r.rc) == (out, err, STATUS), r

#!/bin/sh
# Relink time of helloworld (kvm-x86_64), nolibc and newlib, interleaved in
# one run: the median wall time and CPU time (uklink + ld.lld, user + sys)
# of LINK_RUNS links, cold (no cache: every link runs ld.lld's LTO) and
# through the link cache ($UKLINK_CACHE, warm), cold with --lean-lto (the
# shorter whole-program pipeline, uklink/ldcmd.c), and whether two links
# give the same bytes. CPU time moves less than wall time on a shared machine:
# both are printed, with the load average before and after.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
UKLINK=$ROOT/uklink/build/uklink
LINK_RUNS=${LINK_RUNS:-11}
W=$ROOT/build/bench/link
rm -rf "$W"
mkdir -p "$W"
cc -c apps/helloworld/main.c -o "$W/hello.o"
# shellcheck disable=SC2046
cc $("$UKLINK" --plat kvm --cflags --libc newlib) -c apps/helloworld/main.c \
	-o "$W/hello-newlib.o"
echo "== uklink relink, helloworld kvm-x86_64 ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)) =="
/usr/bin/python3 - "$UKLINK" "$W" "$LINK_RUNS" <<'PY'
import hashlib, os, resource, statistics, subprocess, sys, time
uk, w, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
cases = {"nolibc": ["--plat", "kvm", w + "/hello.o"],
         "newlib": ["--plat", "kvm", "--libc", "newlib", w + "/hello-newlib.o"]}
cases.update({c + "-lean": [*a, "--lean-lto"] for c, a in list(cases.items())})
cache = w + "/cache"

def link(args, out, env):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    subprocess.run([uk, *args, "-o", out], env=env, check=True)
    t1 = time.monotonic()
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return (t1 - t0) * 1000, cpu * 1000

def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()

cold = dict(os.environ)
cold.pop("UKLINK_CACHE", None)
warm = dict(cold, UKLINK_CACHE=cache)
res = {(c, m): [] for c in cases for m in ("cold", "cached")}
ref = {}
for c, args in cases.items():          # the reference images, and the entries
    link(args, f"{w}/{c}.ref", cold)
    ref[c] = digest(f"{w}/{c}.ref")
    link(args, f"{w}/{c}.fill", warm)
for i in range(n):
    for c, args in cases.items():
        for m, env in (("cold", cold), ("cached", warm)):
            out = f"{w}/{c}.{m}"
            res[(c, m)].append(link(args, out, env))
            if digest(out) != ref[c]:
                sys.exit(f"bench/link.sh: {c} {m} link {i}: image differs")
print(f"{'link':<20} {'wall-ms':>9} {'cpu-ms':>9}   (median of {n}; images identical: yes)")
for (c, m), v in res.items():
    print(f"{c + ' ' + m:<20} {statistics.median(x[0] for x in v):9.1f} "
          f"{statistics.median(x[1] for x in v):9.1f}")
for c in cases:
    print(f"{c} image sha256 {ref[c][:16]}, {os.path.getsize(w + '/' + c + '.ref')} bytes")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/python3
"""Size regression check (docs/reports.md): link every app (apps/*/ with C
sources) for every target of the pool (POOLROOT/v0.1-llvm19/ARCH-PLAT),
write its report, and compare it with the checked-in baseline
tests/size/APP.ARCH-PLAT.tsv using `uklink size-diff --check`.

  sizecheck.py            check (exit 1 if an image or library grew beyond
                          the tolerance; the size-diff is printed)
  sizecheck.py --update   rewrite the baselines

A combination without a baseline is reported ("new: run make size-update")
but does not fail; one that does not link fails only if it has a baseline.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CC = os.environ.get("UK_SIZE_CC", "clang-19")
CFLAGS = ["-O2", "-flto", "-ffreestanding", "-fno-stack-protector",
          "-fno-pic"]


def targets(poolroot):
    out = []
    for d in sorted(glob.glob(os.path.join(poolroot, "v0.1-llvm19", "*-*"))):
        if os.path.isfile(os.path.join(d, "index.tsv")):
            arch, plat = os.path.basename(d).split("-", 1)
            out.append((arch, plat))
    return out


def apps(appsdir):
    return [(os.path.basename(d), d)
            for d in sorted(glob.glob(os.path.join(appsdir, "*")))
            if os.path.isdir(d) and glob.glob(os.path.join(d, "*.c"))]


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def build(uklink, pool, app, src, arch, plat, tmp):
    """Compile and link one app; returns (report path, error text)."""
    base = ["--pool", pool, "--plat", plat, "--arch", arch]
    r = run([uklink, *base, "--cflags"])
    if r.returncode:
        return None, r.stderr
    cflags = r.stdout.split()
    with open(os.path.join(pool, "v0.1-llvm19", f"{arch}-{plat}",
                           "index.tsv")) as f:
        for line in f:
            if line.startswith("target\t"):
                cflags += ["-target", line.split("\t")[3]]
                break
    objs = []
    for c in sorted(glob.glob(os.path.join(src, "*.c"))):
        o = os.path.join(tmp, os.path.basename(c)[:-2] + ".o")
        r = run([CC, *CFLAGS, *cflags, "-c", c, "-o", o])
        if r.returncode:
            return None, r.stderr
        objs.append(os.path.basename(o))
    rep = app + ".report.tsv"
    r = run([uklink, *base, *objs, "-o", app, "--report=" + rep], cwd=tmp)
    if r.returncode:
        return None, r.stderr
    return os.path.join(tmp, rep), ""


def baseline_text(report):
    """The report's size records, without addresses and chains (they move
    whenever anything before them grows)."""
    keep = []
    with open(report) as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if r[0] == "uklink-report":
                r[3] = os.path.basename(r[3])
            elif r[0] == "section":
                r[3] = "-"
            elif r[0] == "sym":
                r[5] = "-"
                r[11:] = ["-"]
            elif r[0] not in ("lib", "libsec", "total"):
                continue
            keep.append("\t".join(r) + "\n")
    return "".join(keep)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--apps", default=os.path.join(ROOT, "apps"))
    ap.add_argument("--baselines", default=HERE)
    ap.add_argument("--pool", default=os.environ.get(
        "UKLINK_POOL", os.path.join(ROOT, "build", "pool")))
    ap.add_argument("--uklink", default=os.environ.get(
        "UKLINK", os.path.join(ROOT, "uklink", "build", "uklink")))
    ap.add_argument("--tolerance", default=os.environ.get(
        "SIZE_TOLERANCE", "1,64"), help="PCT,BYTES (default 1,64)")
    a = ap.parse_args()
    failed = 0
    with tempfile.TemporaryDirectory(prefix="uk-size-") as tmpd:
        for arch, plat in targets(a.pool):
            for app, src in apps(a.apps):
                name = f"{app}.{arch}-{plat}"
                base = os.path.join(a.baselines, name + ".tsv")
                tmp = os.path.join(tmpd, name)
                os.makedirs(tmp)
                rep, err = build(a.uklink, a.pool, app, src, arch, plat, tmp)
                if not rep:
                    if os.path.exists(base):
                        print(f"size-check: {name}: FAIL: does not link\n{err}")
                        failed += 1
                    else:
                        print(f"size-check: {name}: skipped (does not link, "
                              "no baseline)")
                    continue
                text = baseline_text(rep)
                if a.update:
                    with open(base, "w") as f:
                        f.write(text)
                    print(f"size-update: {name}: wrote {os.path.relpath(base)}")
                    continue
                if not os.path.exists(base):
                    print(f"size-check: {name}: new, no baseline: run "
                          "`make size-update`")
                    continue
                new = os.path.join(tmp, "new.tsv")
                with open(new, "w") as f:
                    f.write(text)
                r = run([a.uklink, "size-diff", "--check=" + a.tolerance,
                         base, new])
                status = "ok" if r.returncode == 0 else "FAIL"
                print(f"size-check: {name}: {status}")
                if r.returncode or "up/down: 0/0 " not in r.stdout:
                    sys.stdout.write(r.stdout)
                sys.stdout.write(r.stderr)
                failed += r.returncode != 0
    if failed:
        print(f"size-check: {failed} failed (tolerance: max({a.tolerance.split(',')[0]}%,"
              f" {a.tolerance.split(',')[-1]} bytes) per image and library); "
              "if the growth is intended, run `make size-update` and commit "
              "tests/size/")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

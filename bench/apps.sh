#!/bin/sh
# make bench (via bench/run.sh): the corpus (docs/apps.md).
#  1. SQLite's speedtest1 (--memdb --size SIZE): the uklink linuxu image
#     against the same objects linked natively with glibc, and the same
#     sources built with musl-gcc -static, runs interleaved in one run
#     (median of RUNS of speedtest1's own TOTAL, and of the CPU time,
#     user + system, that the shell's `times` reports for the run: on a
#     shared machine the wall clock also measures the neighbours); speed
#     ratios glibc-time / uklink-time for both (the bar: >= 0.9). Then the kvm image under
#     QEMU (UK_QEMU_ACCEL, default tcg: TCG's time says little about the
#     code, so no ratio).
#  2. Image sizes (stripped bytes) of every corpus program on every
#     platform, or what keeps it from linking.
# Env: UKLINK, RUNS (default 5), SIZE (default 50), UK_QEMU_ACCEL.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
UKLINK=${UKLINK:-$ROOT/uklink/build/uklink}
RUNS=${RUNS:-5}
SIZE=${SIZE:-50}
ACCEL=${UK_QEMU_ACCEL:-tcg}
W=$ROOT/build/bench/apps
mkdir -p "$W"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# speedtest1's own total, in seconds ("       TOTAL.....    1.234s").
total() { awk '/TOTAL/ { sub(/s$/, "", $NF); print $NF }'; }
# The children's user + system seconds from `times` ("0m0.210000s 0m0.010000s").
cputime() { awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/)
	printf "%.3f\n", u[1] * 60 + u[2] + s[1] * 60 + s[2] }'; }
# link PROG NAME PLAT OUT: 0 if it links; else the missing symbols in OUT.err
link() {
	# shellcheck disable=SC2046
	"$UKLINK" --plat "$3" -D "UKBOOT_ARGV0=$1" \
		$(cat "$ROOT/build/apps/$2/$1.objs") -o "$4" 2>"$4.err"
}
missing() {
	awk -f mk/appmissing.awk "$1" | awk '{ for (i = 1; i <= NF && i <= 8; i++)
		printf "%s ", $i; if (NF > 8) printf "(%d in all)", NF }'
}

sh mk/appbuild.sh sqlite3 >&2
CC=musl-gcc LDFLAGS=-static sh mk/appbuild.sh sqlite3 "$ROOT/build/apps/sqlite3-musl" >&2
ST="--memdb --size $SIZE"
echo "== speedtest1 $ST ($(date -u +%Y-%m-%d), $(nproc) cores, median of $RUNS) =="
set -- glibc musl
cp "$ROOT/build/apps/sqlite3/speedtest1.native" "$W/st-glibc"
cp "$ROOT/build/apps/sqlite3-musl/speedtest1.native" "$W/st-musl"
if link speedtest1 sqlite3 linuxu "$W/st-uklink"; then
	set -- uklink "$@"
else
	echo "uklink linuxu: does not link yet; missing: $(missing "$W/st-uklink.err")"
fi
for v in "$@"; do : >"$W/$v.times"; : >"$W/$v.cpu"; done
n=0
while [ $n -lt "$RUNS" ]; do
	for v in "$@"; do
		# shellcheck disable=SC2086
		( "$W/st-$v" $ST >"$W/$v.out"; times ) | cputime >>"$W/$v.cpu"
		total <"$W/$v.out" >>"$W/$v.times"
	done
	n=$((n + 1))
done
printf '%-16s %10s %10s\n' build total-s cpu-s
for v in "$@"; do
	printf '%-16s %10s %10s\n' "$v" "$(median <"$W/$v.times")" \
		"$(median <"$W/$v.cpu")"
done
# ratio NAME [BAR]: glibc's medians over NAME's (TOTAL, CPU time), and
# whether both reach BAR
ratio() {
	awk -v g="$(median <"$W/glibc.times")" -v x="$(median <"$W/$1.times")" \
		-v gc="$(median <"$W/glibc.cpu")" -v xc="$(median <"$W/$1.cpu")" \
		-v bar="${2:-0}" 'BEGIN { r = g / x; rc = gc / xc
		printf "%.3f (TOTAL), %.3f (CPU time)", r, rc
		if (bar > 0) {
			met = (r >= bar && rc >= bar) ? "met" : "NOT met"
			printf " (bar: >= %s: %s)", bar, met
		}
		print "" }'
}
echo "speed ratio musl/glibc: $(ratio musl)"
if [ -s "$W/uklink.times" ]; then
	echo "speed ratio uklink-linuxu/glibc: $(ratio uklink 0.9)"
fi
if link speedtest1 sqlite3 kvm "$W/st-kvm"; then
	# shellcheck disable=SC2086
	t=$("$UKLINK" run --plat kvm --accel "$ACCEL" -m 256 "$W/st-kvm" $ST | total)
	echo "uklink kvm (QEMU $ACCEL, one run): ${t:-?} s"
else
	echo "uklink kvm: does not link yet; missing: $(missing "$W/st-kvm.err")"
fi

echo
echo "== corpus image sizes (stripped bytes; docs/apps.md) =="
printf '%-20s %10s %10s %10s\n' program kvm linuxu xen
for d in apps/*/build.sh; do
	name=$(basename "$(dirname "$d")")
	sh mk/appbuild.sh "$name" >&2
	for objs in "$ROOT/build/apps/$name"/*.objs; do
		p=$(basename "$objs" .objs)
		row=$(printf '%-20s' "$p")
		why=
		for plat in kvm linuxu xen; do
			if link "$p" "$name" "$plat" "$W/img"; then
				strip -o "$W/img.stripped" "$W/img"
				row="$row $(printf '%10d' "$(stat -c %s "$W/img.stripped")")"
			else
				row="$row $(printf '%10s' -)"
				why=$(missing "$W/img.err")
			fi
		done
		echo "$row${why:+   (missing: $why)}"
	done
done

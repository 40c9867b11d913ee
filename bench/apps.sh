#!/bin/sh
# make bench (via bench/run.sh): the corpus (docs/apps.md).
#  1. SQLite's speedtest1 (--memdb --size SIZE): the uklink linuxu image
#     against the same objects linked natively with glibc, and the same
#     sources built with musl-gcc -static, runs interleaved in one run
#     (median of RUNS of speedtest1's own TOTAL); speed ratio
#     glibc-time / uklink-time (the bar: >= 0.9). Then the kvm image under
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
for v in "$@"; do : >"$W/$v.times"; done
n=0
while [ $n -lt "$RUNS" ]; do
	for v in "$@"; do
		# shellcheck disable=SC2086
		"$W/st-$v" $ST | total >>"$W/$v.times"
	done
	n=$((n + 1))
done
printf '%-16s %10s\n' build total-s
for v in "$@"; do
	printf '%-16s %10s\n' "$v" "$(median <"$W/$v.times")"
done
g=$(median <"$W/glibc.times")
awk -v g="$g" -v m="$(median <"$W/musl.times")" \
	'BEGIN { printf "speed ratio musl/glibc: %.3f\n", g / m }'
if [ -s "$W/uklink.times" ]; then
	awk -v g="$g" -v u="$(median <"$W/uklink.times")" 'BEGIN {
		r = g / u; printf "speed ratio uklink-linuxu/glibc: %.3f (bar: >= 0.9: %s)\n",
		r, r >= 0.9 ? "met" : "NOT met" }'
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

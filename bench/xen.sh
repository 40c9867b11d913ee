#!/bin/sh
# Xen PV helloworld (plat/xen), under a real Xen 4.17 + PV dom0 in QEMU
# (tests/xen/boot.sh): image bytes (file, stripped), the smallest memory=
# (MB) with which it still prints under `xl create` (tried from 4 MB down;
# xl's unit is the MiB, and 0 is not a size), and the time from `xl create`
# to the guest being gone (dom0's uptime clock, taken around `xl create -F`;
# median of BOOT_RUNS boots at memory=MEM). Each boot costs 12-25 s of Xen
# and dom0 start-up on top; set BOOT_RUNS=1 for a quick look.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
UKLINK=$ROOT/uklink/build/uklink
BOOT_RUNS=${BOOT_RUNS:-3}
MEM=${MEM:-16}
W=$ROOT/build/bench/xen
mkdir -p "$W"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

cc -c apps/helloworld/main.c -o "$W/hello.o"
"$UKLINK" --plat xen "$W/hello.o" -o "$W/hello"
llvm-strip-19 -o "$W/hello.stripped" "$W/hello"

# boot MB: 0 if "Hello world!" came out, 1 otherwise; keeps boot.sh's stderr.
boot() {
	sh tests/xen/boot.sh "$W/hello" --memory "$1" >"$W/out.$1" 2>"$W/err.$1" || true
	grep -qx 'Hello world!' "$W/out.$1"
}

echo "== helloworld, xen-x86_64 PV, nolibc ($(date -u +%Y-%m-%d), $(nproc) cores, Xen 4.17 in QEMU TCG) =="
echo "-- image bytes"
printf '%-10s %8s %8s %8s %8s %8s\n' image file stripped text data bss
llvm-size-19 -A "$W/hello" | awk -v f="$(stat -c %s "$W/hello")" \
	-v s="$(stat -c %s "$W/hello.stripped")" '
	$1 ~ /^\.text/ { t += $2 }
	$1 ~ /^\.(rodata|data|uk_|init_array|note)/ { d += $2 }
	$1 ~ /^\.(bss|xen)/ { b += $2 }
	END { printf "%-10s %8d %8d %8d %8d %8d\n", "hello", f, s, t, d, b }'

echo "-- smallest memory= that still prints (MB)"
floor=
for mb in 4 3 2 1; do
	if boot $mb; then
		floor=$mb
		printf 'memory=%-3s ok    (%s)\n' $mb "$(grep -o 'took.*' "$W/err.$mb")"
	else
		printf 'memory=%-3s FAIL  %s\n' $mb "$(grep -m1 'error' "$W/err.$mb" || true)"
		break
	fi
done
echo "floor: ${floor:-none} MB (xl's memory= is whole MiB: 1 is the smallest it can express)"

echo "-- xl create -> guest gone, memory=$MEM (median of $BOOT_RUNS)"
i=0; : >"$W/gone.txt"; : >"$W/took.txt"
while [ $i -lt "$BOOT_RUNS" ]; do
	boot "$MEM" || { echo "boot failed:"; cat "$W/err.$MEM"; exit 1; }
	sed -n 's/.*guest gone: \([0-9.]*\) s/\1/p' "$W/err.$MEM" >>"$W/gone.txt"
	sed -n 's/.*took \([0-9.]*\) s/\1/p' "$W/err.$MEM" >>"$W/took.txt"
	i=$((i + 1))
done
printf 'xl create -> gone: %s s   (whole boot.sh run, Xen + dom0 + guest: %s s)\n' \
	"$(median <"$W/gone.txt")" "$(median <"$W/took.txt")"

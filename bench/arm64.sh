#!/bin/sh
# helloworld on arm64-kvm (QEMU virt, TCG) against a minimal ELF stub
# (bench/stub/stub_arm64.S: PL011 and a semihosting exit, MMU off) booted
# the same way (uklink run), side by side in one run: image bytes, and
# QEMU launch -> "Hello world!" and -> exit (median of BOOT_RUNS), with
# the delta and ratio against the floor. Run by bench/run.sh (BENCH_PLATS).
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
UKLINK=$ROOT/uklink/build/uklink
BOOT_RUNS=${BOOT_RUNS:-21}
ACCEL=${UK_QEMU_ACCEL:-tcg}
W=$ROOT/build/bench/arm64
mkdir -p "$W"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }

gcc -O2 -Wall -o "$W/boottime" bench/boottime.c
clang-19 --target=aarch64-unknown-none-elf -c bench/stub/stub_arm64.S \
	-o "$W/stub.o"
ld.lld-19 -T bench/stub/stub_arm64.ld -z max-page-size=4096 "$W/stub.o" \
	-o "$W/stub"
# helloworld as the size baselines build it (clang bitcode), and from
# Debian's cross gcc.
# shellcheck disable=SC2046
clang-19 -O2 -flto --target=aarch64-unknown-none-elf \
	$("$UKLINK" --plat kvm --arch arm64 --cflags) \
	-c apps/helloworld/main.c -o "$W/hello.o"
"$UKLINK" --plat kvm --arch arm64 "$W/hello.o" -o "$W/hello"
aarch64-linux-gnu-gcc -c apps/helloworld/main.c -o "$W/hello-gcc.o"
"$UKLINK" --plat kvm --arch arm64 "$W/hello-gcc.o" -o "$W/hello-gcc"
for img in hello hello-gcc stub; do
	llvm-strip-19 -o "$W/$img.stripped" "$W/$img"
done

echo "== helloworld, kvm-arm64 (QEMU virt, $ACCEL), nolibc ($(date -u +%Y-%m-%d), $(nproc) cores) =="
echo "-- image bytes"
printf '%-22s %8s %8s\n' image file stripped
for img in hello hello-gcc stub; do
	printf '%-22s %8d %8d\n' "$img" "$(stat -c %s "$W/$img")" \
		"$(stat -c %s "$W/$img.stripped")"
done

echo "-- QEMU launch -> 'Hello world!' / -> exit (median of $BOOT_RUNS, via uklink run)"
for img in stub hello; do
	: >"$W/boot-$img.txt"
done
i=0
while [ $i -lt "$BOOT_RUNS" ]; do
	# Interleaved: both see the same load on the host.
	for img in stub hello; do
		"$W/boottime" "Hello world!" "$UKLINK" run --plat kvm \
			--arch arm64 --accel "$ACCEL" "$W/$img" >>"$W/boot-$img.txt"
	done
	i=$((i + 1))
done
sh=$(awk '{ print $1 }' "$W/boot-stub.txt" | median)
se=$(awk '{ print $2 }' "$W/boot-stub.txt" | median)
hh=$(awk '{ print $1 }' "$W/boot-hello.txt" | median)
he=$(awk '{ print $2 }' "$W/boot-hello.txt" | median)
printf '%-22s %12s %12s\n' image "to-hello-ms" "to-exit-ms"
printf '%-22s %12s %12s\n' "stub (floor)" "$(ms "$sh")" "$(ms "$se")"
printf '%-22s %12s %12s\n' helloworld "$(ms "$hh")" "$(ms "$he")"
printf '%-22s %12s %12s\n' "delta vs floor" "$(ms $((hh - sh)))" "$(ms $((he - se)))"
awk -v h="$hh" -v s="$sh" 'BEGIN { printf "ratio hello/floor (to-hello): %.3f\n", h / s }'

#!/bin/sh
# make bench: helloworld on kvm-x86_64 against a minimal PVH boot stub (the
# floor), measured side by side in one run. Prints image bytes, uklink wall
# time (median of LINK_RUNS; nolibc and newlib links interleaved in the same
# run) and QEMU launch -> "Hello world!" and -> exit
# (median of BOOT_RUNS), with ratios/deltas against the floor.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
UKLINK=$ROOT/uklink/build/uklink
LINK_RUNS=${LINK_RUNS:-11}
BOOT_RUNS=${BOOT_RUNS:-21}
ACCEL=${UK_QEMU_ACCEL:-tcg}
W=$ROOT/build/bench
mkdir -p "$W"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }

gcc -O2 -Wall -o "$W/boottime" bench/boottime.c
clang-19 --target=x86_64-unknown-none-elf -c bench/stub/stub.S -o "$W/stub.o"
ld.lld-19 -T bench/stub/stub.ld -z max-page-size=4096 "$W/stub.o" -o "$W/stub"
cc -c apps/helloworld/main.c -o "$W/hello.o"
"$UKLINK" --plat kvm "$W/hello.o" -o "$W/hello"
# The same program against newlib: compiled with its headers.
# shellcheck disable=SC2046
cc $("$UKLINK" --plat kvm --cflags --libc newlib) -c apps/helloworld/main.c \
	-o "$W/hello-newlib.o"
llvm-strip-19 -o "$W/hello.stripped" "$W/hello"

echo "== helloworld, kvm-x86_64, nolibc ($(date -u +%Y-%m-%d), $(nproc) cores, QEMU $ACCEL) =="
echo "-- image bytes"
printf '%-22s %8s %8s %8s %8s %8s\n' image file stripped text data bss
for img in hello stub; do
	llvm-size-19 -A "$W/$img" | awk -v f="$(stat -c %s "$W/$img")" \
		-v s="$( [ $img = hello ] && stat -c %s "$W/hello.stripped" || echo -)" -v n="$img" '
		$1 ~ /^\.(text|init|fini)/ { t += $2 }
		$1 ~ /^\.(rodata|data|uk_|init_array|note)/ { d += $2 }
		$1 ~ /^\.bss/ { b += $2 }
		END { printf "%-22s %8d %8s %8d %8d %8d\n", n, f, s, t, d, b }'
done

echo "-- uklink wall time (median of $LINK_RUNS)"
i=0; : >"$W/link.txt"; : >"$W/link-newlib.txt"
while [ $i -lt "$LINK_RUNS" ]; do
	"$W/boottime" "never" "$UKLINK" --plat kvm "$W/hello.o" -o "$W/hello.tmp" |
		awk '{ print $2 }' >>"$W/link.txt"
	"$W/boottime" "never" "$UKLINK" --plat kvm --libc newlib \
		"$W/hello-newlib.o" -o "$W/hello-newlib.tmp" |
		awk '{ print $2 }' >>"$W/link-newlib.txt"
	i=$((i + 1))
done
link=$(median <"$W/link.txt")
linknl=$(median <"$W/link-newlib.txt")
# The floor under any uklink link: starting Debian's ld.lld-19 (it loads
# libLLVM-19.so) without linking anything.
i=0; : >"$W/lld.txt"
while [ $i -lt "$LINK_RUNS" ]; do
	"$W/boottime" "never" ld.lld-19 --version | awk '{ print $2 }' >>"$W/lld.txt"
	i=$((i + 1))
done
lld=$(median <"$W/lld.txt")
echo "uklink helloworld: $(ms "$link") ms (ld.lld-19 start-up alone: $(ms "$lld") ms)"
# The report pass (-v prints its cost: "uklink: report: N ms"): the
# tests check that it is printed; its size is measured here.
i=0; : >"$W/report.txt"
while [ $i -lt "$LINK_RUNS" ]; do
	"$UKLINK" --plat kvm -v "$W/hello.o" -o "$W/hello.tmp" \
		--report="$W/hello.report.json" 2>&1 |
		sed -n 's/^uklink: report: \([0-9.]*\) ms.*/\1/p' >>"$W/report.txt"
	i=$((i + 1))
done
echo "report pass (--report, helloworld): $(median <"$W/report.txt") ms"
llvm-strip-19 -o "$W/hello-newlib.stripped" "$W/hello-newlib.tmp"
echo "uklink helloworld --libc newlib: $(ms "$linknl") ms (image $(stat -c %s \
	"$W/hello-newlib.stripped") bytes stripped)"

echo "-- QEMU launch -> 'Hello world!' / -> exit (median of $BOOT_RUNS, via uklink run)"
for img in stub hello; do
	i=0; : >"$W/boot-$img.txt"
	while [ $i -lt "$BOOT_RUNS" ]; do
		"$W/boottime" "Hello world!" "$UKLINK" run --plat kvm --accel "$ACCEL" "$W/$img" >>"$W/boot-$img.txt"
		i=$((i + 1))
	done
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

# The other platforms, each against its own baseline, and threads
# (BENCH_PLATS to pick), and the corpus of real programs (apps).
for p in ${BENCH_PLATS:-linuxu xen threads apps}; do
	echo
	sh "bench/$p.sh"
done

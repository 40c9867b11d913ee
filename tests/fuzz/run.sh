#!/bin/sh
# Run uklink's libFuzzer harnesses (uklink/fuzz/, docs/security.md):
#   tests/fuzz/run.sh SECONDS [NAME...]     (default: every harness)
# Each harness first replays the crashes found before (tests/fuzz/crashes/
# NAME/: each one is a regression test), then fuzzes for SECONDS from its
# seeds (tests/fuzz/corpus/NAME/) plus what earlier runs found
# (build/fuzz/corpus/NAME/, not committed). A crash lands in
# build/fuzz/crashes/NAME/ and the script exits 1. The harnesses run one
# after the other, each one process: SECONDS of wall time are as many
# CPU-seconds only on an idle core (run two scripts for two cores).
set -eu
cd "$(dirname "$0")/../.."
ROOT=$PWD
secs=${1:?usage: tests/fuzz/run.sh SECONDS [NAME...]}
shift
names=${*:-ar elf bitcode json report index cpio}
make -s -C uklink fuzz >/dev/null
B=$ROOT/uklink/build/fuzz
fail=0
for n in $names; do
	exe=$B/fuzz_$n
	[ -x "$exe" ] || { echo "fuzz: no harness $n" >&2; exit 2; }
	mkdir -p "$ROOT/build/fuzz/corpus/$n" "$ROOT/build/fuzz/crashes/$n"
	if ls "tests/fuzz/crashes/$n"/* >/dev/null 2>&1; then
		if ! "$exe" -close_fd_mask=3 "tests/fuzz/crashes/$n"/* \
			>"$ROOT/build/fuzz/$n.replay.log" 2>&1; then
			echo "fuzz $n: a recorded crash is back (build/fuzz/$n.replay.log)"
			fail=1
			continue
		fi
	fi
	log=$ROOT/build/fuzz/$n.log
	if "$exe" -max_total_time="$secs" -timeout=10 -rss_limit_mb=1024 \
		-max_len=65536 -close_fd_mask=3 -print_final_stats=1 \
		-artifact_prefix="$ROOT/build/fuzz/crashes/$n/" \
		"$ROOT/build/fuzz/corpus/$n" "tests/fuzz/corpus/$n" >"$log" 2>&1; then
		# the last of libFuzzer's statistics (the log may hold raw
		# bytes of the inputs: read it as text)
		runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
		cov=$(grep -a -o 'cov: [0-9]*' "$log" | tail -1)
		echo "fuzz $n: ${secs}s, $runs runs, $cov, no crash"
	else
		echo "fuzz $n: CRASH, see $log and build/fuzz/crashes/$n/"
		grep -a -E 'ERROR|SUMMARY|runtime error' "$log" | head -3
		fail=1
	fi
done
exit $fail

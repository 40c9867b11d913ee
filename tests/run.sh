#!/bin/sh
# Runs the whole suite: pytest over tests/, then the tests that feed uklink
# synthetic pools, real objects and real images once more against the
# AddressSanitizer+UBSan build of uklink (ASAN_TESTS). Both passes run in
# parallel (pytest-xdist, UK_TEST_JOBS workers; 1 runs in-process). Ends with
# the line "N passed, N failed" (pytest's counts, both passes added up),
# read only from the JUnit files this run wrote.
set -u
cd "$(dirname "$0")/.."
out=build/test-results
mkdir -p "$out"
# Debian's python3 (the one python3-pytest installs into), not a PATH override.
PY=${PY:-/usr/bin/python3}
PYTEST=${PYTEST:-$PY -m pytest}
# Workers: the boots are CPU-bound QEMU TCG, but many tests wait on a
# compile, a link or the shared Xen runner; docs/testing.md has the
# measurements behind the default.
JOBS=${UK_TEST_JOBS:-3}
par=
if [ "$JOBS" != 1 ] && $PY -c 'import xdist' 2>/dev/null; then
	par="-n $JOBS"
fi
# The tests that give the sanitized uklink real gcc/clang objects (the x86
# decoder, the bitcode reader, ELF and archive readers) and real images
# (size-diff, reports), besides tests/uklink's synthetic pools.
ASAN_TESTS=${ASAN_TESTS:-"tests/uklink tests/test_fpuse.py tests/test_hostcc.py tests/test_size.py tests/test_helloworld.py tests/test_kernel.py"}
# Results of an earlier run must never be summarised: remove them first, and
# summary.py also refuses a file older than this run's start.
rm -f "$out/main.xml" "$out/asan.xml"
start=$(date +%s)
# shellcheck disable=SC2086
$PYTEST -q -p no:cacheprovider $par --junitxml="$out/main.xml" tests "$@"
rc1=$?
# shellcheck disable=SC2086
# uklink leaks by design (it exits after one link); any other report fails.
UKLINK="$PWD/uklink/build/uklink-asan" UK_SKIP_XEN=1 \
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	$PYTEST -q -p no:cacheprovider $par --junitxml="$out/asan.xml" $ASAN_TESTS
rc2=$?
$PY tests/summary.py --since "$start" "$out/main.xml" "$out/asan.xml"
rc3=$?
[ $rc1 -eq 0 ] && [ $rc2 -eq 0 ] && [ $rc3 -eq 0 ]

#!/bin/sh
# Runs the whole suite: pytest over tests/, then once more the uklink tests
# against the AddressSanitizer+UBSan build of uklink. Ends with the line
# "N passed, N failed" (pytest's counts, both runs added up).
set -u
cd "$(dirname "$0")/.."
out=build/test-results
mkdir -p "$out"
# Debian's python3 (the one python3-pytest installs into), not a PATH override.
PY=${PY:-/usr/bin/python3}
PYTEST=${PYTEST:-$PY -m pytest}
$PYTEST -q -p no:cacheprovider --junitxml="$out/main.xml" tests "$@"
rc1=$?
UKLINK="$PWD/uklink/build/uklink-asan" \
	$PYTEST -q -p no:cacheprovider --junitxml="$out/asan.xml" tests/uklink
rc2=$?
$PY tests/summary.py "$out/main.xml" "$out/asan.xml"
[ $rc1 -eq 0 ] && [ $rc2 -eq 0 ]

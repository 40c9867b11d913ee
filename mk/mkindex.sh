#!/bin/sh
# Writes a pool target's index.tsv (format: docs/pool.md) and checks every
# library against its manifest: exports defined, private symbols named
# _<lib>_..., no export clash outside a group or rank. Exits 1 on any error
# (all reported), leaving no index behind.
#
# Usage: mkindex.sh TARGETDIR ARCH PLAT TRIPLE POOLVER LLVM MANIFEST...
set -eu
out=$1 arch=$2 plat=$3 triple=$4 poolver=$5 llvm=$6
shift 6
nm=${NM_UK:-llvm-nm-$llvm}
# uklink writes IR modules (-D options) with the same data layout.
layout=$(echo 'int x;' | clang-$llvm --target="$triple" -x c - -S -emit-llvm -o - |
	sed -n 's/^target datalayout = "\(.*\)"$/\1/p')

emit() {
	# One stream: manifest lines as "M<TAB>lib<TAB>line", symbols as
	# "S<TAB>lib<TAB>member<TAB>type<TAB>name". A fixed number of processes
	# for all libraries (one llvm-nm over every archive and forced member):
	# this runs once per target after the archives, on the pool build's
	# tail, where one process per library and member cost seconds.
	manifests="$*"
	libs=$(awk '$1 == "name" { print $2; nextfile }' "$@")
	set -f
	# shellcheck disable=SC2086
	set -- $libs
	set +f
	files=
	for lib; do
		a="lib/lib$lib.a"
		files="$files $out/$a"
		for f in "$out/lib/$lib"/*.o; do
			[ -e "$f" ] || continue
			printf 'F\t%s\t%s\n' "$lib" "lib/$lib/${f##*/}"
			files="$files $f"
		done
	done
	(cd "$out" && for lib; do echo "lib/lib$lib.a"; done | xargs sha256sum) |
		awk '{ lib = $2; sub(/^lib\/lib/, "", lib); sub(/\.a$/, "", lib)
		       printf "A\t%s\t%s\t%s\n", lib, $2, $1 }'
	# shellcheck disable=SC2086
	awk -v libs="$*" 'BEGIN { split(libs, lib, " ") } FNR == 1 { k++ }
	     /^[[:space:]]*#/ || /^[[:space:]]*$/ { next }
	     { printf "M\t%s\t%s\n", lib[k], $0 }' $manifests
	# Members without symbols (newlib's empty long-double stubs) are
	# normal; llvm-nm's note about each is not worth a screenful.
	# shellcheck disable=SC2086
	{ "$nm" -P -A $files 2>&1 >&3 | grep -v ': no symbols$' >&2; } 3>&1 |
		awk -v pre="$out/lib/" '
		{ f = $1; sub(/:$/, "", f); f = substr(f, length(pre) + 1) }
		f ~ /^lib[^\/]*\.a\[/ {      # lib<lib>.a[member]: archive member
			lib = f; sub(/\.a\[.*/, "", lib); sub(/^lib/, "", lib)
			mem = f; sub(/^[^[]*\[/, "", mem); sub(/\]$/, "", mem)
		}
		f !~ /^lib[^\/]*\.a\[/ {     # <lib>/member.o: forced member
			lib = f; sub(/\/.*/, "", lib); mem = f; sub(/.*\//, "", mem)
		}
		{ printf "S\t%s\t%s\t%s\t%s\n", lib, mem, $3, $2 }'
}

tmp="$out/index.tsv.tmp.$$"
emit "$@" | LC_ALL=C awk -F '\t' -v OFS='\t' \
	-v arch="$arch" -v plat="$plat" -v triple="$triple" -v layout="$layout" \
	-v poolver="$poolver" -v llvm="$llvm" -f "$(dirname "$0")/mkindex.awk" >"$tmp" ||
	{ rm -f "$tmp"; exit 1; }
mv "$tmp" "$out/index.tsv"

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
	# "S<TAB>lib<TAB>member<TAB>type<TAB>name".
	for m in "$@"; do
		lib=$(awk '$1 == "name" { print $2; exit }' "$m")
		a="lib/lib$lib.a"
		printf 'A\t%s\t%s\t%s\n' "$lib" "$a" \
			"$(sha256sum "$out/$a" | cut -d' ' -f1)"
		sed -e '/^[[:space:]]*#/d' -e '/^[[:space:]]*$/d' \
			-e "s/^/M\t$lib\t/" "$m"
		# Members without symbols (newlib's empty long-double stubs) are
		# normal; llvm-nm's note about each is not worth a screenful.
		{ "$nm" -P -A "$out/$a" 2>&1 >&3 | grep -v ': no symbols$' >&2; } 3>&1 |
			sed -n 's/^[^[]*\[\([^]]*\)\]: \([^ ]*\) \([A-Za-z]\).*/S\t'"$lib"'\t\1\t\3\t\2/p'
		for f in "$out/lib/$lib"/*.o; do
			[ -e "$f" ] || continue
			printf 'F\t%s\t%s\n' "$lib" "lib/$lib/${f##*/}"
			"$nm" -P "$f" | sed -n 's/^\([^ ]*\) \([A-Za-z]\).*/S\t'"$lib"'\t'"${f##*/}"'\t\2\t\1/p'
		done
	done
}

tmp="$out/index.tsv.tmp.$$"
emit "$@" | LC_ALL=C awk -F '\t' -v OFS='\t' \
	-v arch="$arch" -v plat="$plat" -v triple="$triple" -v layout="$layout" \
	-v poolver="$poolver" -v llvm="$llvm" -f "$(dirname "$0")/mkindex.awk" >"$tmp" ||
	{ rm -f "$tmp"; exit 1; }
mv "$tmp" "$out/index.tsv"

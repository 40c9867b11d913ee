#!/bin/sh
# File-list build of newlib (libc.a, libm.a) as LLVM bitcode (docs/porting.md,
# "newlib"). Run by mk/pool.mk as
#   build.sh SRCDIR WORKDIR   with UK_CC, UK_AR, UK_NM, UK_TRIPLE, UK_CFLAGS
# and leaves WORKDIR/libc.a (with our glue/*.c in it), WORKDIR/libm.a and
# WORKDIR/include/ (newlib's headers, for applications: lib.uk buildincs).
#
# `sources.<arch>` lists what newlib's own configure and make compile for the
# architecture, member by member, with their flags; mksources.sh derives it from
# a build by configure-build.sh (newlib's configure and make, the way this
# port was first built). Compiling from the list skips configure (3,500
# short-lived processes, ~45 CPU-s) and make's recursion through 30
# directories, and makes the same archives: same members, same bitcode.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$1" && pwd)
cd "$2"
. "$here/common.sh"
arch=${UK_TRIPLE%%-*}
list=$here/sources.$arch
[ -f "$list" ] || { echo "newlib: no file list for $arch ($list): run mksources.sh" >&2; exit 1; }
nl=$src/newlib
# -Oz, not the pool's -Os: the `minsize` it puts on every function keeps
# uklink's LTO from unrolling, vectorizing and inlining as much of newlib's
# code; helloworld on newlib links in 11 % less CPU time into a 9 % smaller
# image (docs/performance.md). The .S files (memcpy, memset, setjmp) stay
# native objects, at -Os, as newlib's configure left them.
cflags="$(echo " $UK_CFLAGS " | sed 's/ -Os / -Oz /') $ours"
asflags="$(echo " $UK_CFLAGS " | sed 's/ -flto / /') $ours"

# targ-include: the headers newlib's configure and make generate. newlib.h
# and _newlib_version.h are newlib's templates with the values of the list
# (`h` lines, from configure's results), as config.status writes them.
rm -rf targ-include && mkdir -p targ-include/machine targ-include/sys targ-include/bits
for h in newlib.h _newlib_version.h; do
	awk -F'\t' -v h="$h" '$1 == "h" && $2 == h {
		printf "s/^#undef[[:space:]]+%s$/#define %s %s/\n", $3, $3, $4 }' "$list" >defs.sed
	{ echo "/* $h.  Generated from ${h%.h}.hin by libpool/newlib/build.sh.  */"
	  sed -E -f defs.sed -e 's|^#undef[[:space:]]+(.*)$|/* #undef \1 */|' "$nl/${h%.h}.hin"; } >"targ-include/$h"
done
rm defs.sed
m=$nl/libc/machine/$arch
for d in machine sys; do
	for f in "$m/$d"/*.h; do [ ! -f "$f" ] || cp "$f" "targ-include/$d/"; done
done
for f in "$m/include"/*.h; do [ ! -f "$f" ] || cp "$f" targ-include/; done
phase headers

# One make rule per member, in the pool's job pool (its jobserver, else
# every CPU). c/, m/: members of libc.a or libm.a; cm/: of both (libc.a
# holds some of libm/common, such as s_isnan).
rm -rf c m cm && mkdir c m cm
awk -F'\t' -v S="$nl" -v B="$PWD" -v cc="$cc" -v cflags="$cflags" -v asflags="$asflags" '
$1 == "P" { P = $2 }
$1 ~ /^(c|m|cm)$/ {
	f = $4
	sub(/@P/, P, f)
	gsub(/@I/, "-I@B/targ-include -I@S/libc/include", f)
	gsub(/@N/, "-fno-builtin -D__NO_SYSCALLS__ -DMISSING_SYSCALL_NAMES -DHAVE_INIT_FINI", f)
	gsub(/@S/, S, f); gsub(/@B/, B, f)
	o = $1 "/" $2
	printf "%s:\n\t@%s %s %s -c %s/%s -o $@\n", o, cc, f,
		$3 ~ /\.S$/ ? asflags : cflags, S, $3
	all = all " " o
}
END { print "all:" all }' "$list" >members.mk
case " ${MAKEFLAGS:-} " in *jobserver*|*" -j"*) j= ;; *) j=-j$(nproc) ;; esac
make $j -f members.mk all
phase compile

# The archives, members in name order as newlib's make leaves them.
for a in c m; do
	rm -f lib$a.a
	for f in $a/*.o cm/*.o; do echo "${f##*/} $f"; done | LC_ALL=C sort |
		cut -d' ' -f2 | xargs "$UK_AR" rcD lib$a.a
done

finish

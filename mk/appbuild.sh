#!/bin/sh
# Builds one program of the corpus (apps/<name>/build.sh, docs/apps.md)
# the way its own build does, with the host's plain compiler, into
# OUT (default build/apps/<name>): the objects uklink links and, from the
# same objects, the native program to compare with.
#
#   mk/appbuild.sh NAME [OUT]      CC (default cc), LDFLAGS for the native link
#
# For each program P the recipe names, OUT holds P.objs (the objects, one
# path a line, in link order) and P.native (the native executable).
# The source comes from apps/NAME/port.uk (mk/fetch.sh, fetched if
# missing); the source tree is only read: generated files go to OUT.
# A second call does nothing unless the recipe, this script or the source
# changed (OUT/done); calls for the same OUT wait for each other (flock).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
name=$1
out=${2:-$root/build/apps/$name}
recipe=$root/apps/$name/build.sh
die() { echo "appbuild: error: $recipe: $*" >&2; exit 1; }
[ -f "$recipe" ] || die "no such recipe"
[ -f "$root/build/src/$name.stamp" ] ||
	sh "$root/mk/fetch.sh" "$root/apps/$name" "$root/build" >&2
mkdir -p "$out"
out=$(cd "$out" && pwd)
CC=${CC:-cc}
LDFLAGS=${LDFLAGS:-}
exec 9>"$out/lock"
flock 9
key="$CC|$LDFLAGS|$(cat "$recipe" "$0" "$root/build/src/$name.stamp" | sha256sum)"
[ -f "$out/done" ] && [ "$(cat "$out/done")" = "$key" ] && exit 0
rm -f "$out/done"
SRC=$(cd "$root/build/src/$name" && pwd)
OBJ=$out/obj
mkdir -p "$OBJ"
log=$out/build.log
: >"$log"

# cc_o OBJNAME SOURCE FLAGS...: compile one source into OBJ/OBJNAME.o.
cc_o() {
	o=$OBJ/$1.o s=$2; shift 2
	echo "$CC $* -c $s -o $o" >>"$log"
	$CC "$@" -c "$s" -o "$o" >>"$log" 2>&1 ||
		{ tail -n 30 "$log" >&2; die "compiling $s failed (log: $log)"; }
}
# prog NAME OBJNAME... [-- LIBS...]: P.objs lists OBJ/OBJNAME.o in this
# order; P.native links them with the native libraries LIBS.
prog() {
	p=$1; shift
	objs= ; : >"$out/$p.objs"
	while [ $# -gt 0 ] && [ "$1" != -- ]; do
		echo "$OBJ/$1.o" >>"$out/$p.objs"
		objs="$objs $OBJ/$1.o"; shift
	done
	[ $# -eq 0 ] || shift
	echo "$CC $LDFLAGS $objs $* -o $out/$p.native" >>"$log"
	# shellcheck disable=SC2086
	$CC $LDFLAGS $objs "$@" -o "$out/$p.native" >>"$log" 2>&1 ||
		{ tail -n 30 "$log" >&2; die "linking $p natively failed (log: $log)"; }
}
# run_logged CMD...: a generator step of the program's own build (configure,
# make of a generated file, bison): output to the log, shown on failure.
run_logged() {
	echo "$*" >>"$log"
	"$@" >>"$log" 2>&1 || { tail -n 30 "$log" >&2; die "'$*' failed (log: $log)"; }
}

cd "$out"
# shellcheck disable=SC1090
. "$recipe"
echo "$key" >"$out/done"

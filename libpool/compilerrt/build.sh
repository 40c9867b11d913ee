#!/bin/sh
# compiler-rt's builtins for the pool (docs/porting.md): run by mk/pool.mk as
#   build.sh SRCDIR WORKDIR   with UK_AR, UK_NM, UK_TRIPLE
# Takes Debian's libclang_rt.builtins-<arch>.a (port.uk) and leaves in
# WORKDIR/libcompilerrt.a the members a unikernel can link: those that need
# nothing beyond the archive itself and what uklink's pool gives every
# image (abort, memcpy, memset; __stack_chk_fail, since Debian compiles
# them with -fstack-protector-strong). Left out, with the members that need
# them: emulated TLS (pthread keys, malloc), enable_execute_stack
# (mprotect, sysconf), eprintf (stderr), gcc_personality_v0 (the unwinder)
# and the long-double complex division (logbl, scalbnl, fmaxl). The
# members stay native objects, in the archive's order.
set -eu
src=$(cd "$1" && pwd)
cd "$2"
arch=${UK_TRIPLE%%-*}
in=$src/libclang_rt.builtins-$arch.a
[ -f "$in" ] || { echo "compilerrt: no builtins for $arch ($in)" >&2; exit 1; }
allowed=" abort memcpy memset __stack_chk_fail "
# Drop, until nothing changes, every member with an undefined symbol that
# neither a kept member nor `allowed` provides.
"$UK_AR" t "$in" >members
while :; do
	"$UK_NM" -A -P "$in" 2>/dev/null | awk -v ok="$allowed" '
		FILENAME == "members" { keep[$1] = 1; next }
		{ m = $1; sub(/^[^[]*\[/, "", m); sub(/\]:$/, "", m) }
		!keep[m] { next }
		$3 == "U" { need[m] = need[m] " " $2; next }
		$3 ~ /^[TDBRCWV]$/ { have[" " $2 " "] = 1 }
		END {
			for (m in keep) {
				drop = 0
				n = split(need[m], u, " ")
				for (i = 1; i <= n; i++)
					if (!have[" " u[i] " "] &&
					    !index(ok, " " u[i] " "))
						drop = 1
				if (!drop)
					print m
			}
		}' members - >kept.unsorted
	grep -Fxf kept.unsorted members >kept || true
	cmp -s kept members && break
	mv kept members
done
rm -rf x libcompilerrt.a && mkdir x
(cd x && "$UK_AR" x "$in" $(cat ../members))
(cd x && "$UK_AR" rcD ../libcompilerrt.a $(cat ../members))
echo "compilerrt: $(wc -l <members) of $("$UK_AR" t "$in" | wc -l) members"

#!/bin/sh
# newlib built by its own configure and make (libc.a, libm.a) as LLVM
# bitcode: how this port was first built, and what mksources.sh runs to
# derive `sources.<arch>`, the file list build.sh compiles (docs/porting.md,
# "newlib"). Same interface as build.sh:
#   configure-build.sh SRCDIR WORKDIR   with UK_CC, UK_AR, UK_NM, UK_TRIPLE, UK_CFLAGS
# leaves WORKDIR/libc.a (with our glue/*.c in it), WORKDIR/libm.a and
# WORKDIR/include/; `build configure-build.sh` in lib.uk would make the
# pool with it. configure runs without -flto (one of its probes reads an
# object with readelf); make builds with it. The few .S files (memcpy,
# memset, setjmp) stay native objects.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$1" && pwd)
cd "$2"
. "$here/common.sh"
tgt=${UK_TRIPLE%%-*}-elf
probe=$(echo " $UK_CFLAGS " | sed 's/ -flto / /')
# configure is the serial part of the pool build (newlib and 7 sub-configures,
# ~3300 processes), so: dash rather than bash for it and for make's recipes
# (CONFIG_SHELL; a quarter less CPU), and no `sleep 1` "just in case" in
# automake's timestamp check of each of the 9 scripts (9 s of wall time; this
# file system has nanosecond timestamps): a no-op `sleep` first on PATH.
# No dependency tracking: a change re-runs this whole build (mk/pool.mk).
sh=$(command -v dash || echo /bin/sh)
mkdir -p .nosleep && printf '#!/bin/sh\n' >.nosleep/sleep && chmod +x .nosleep/sleep
# newlib's own configure, as the top-level one would run it for the target
# (without the top level: half the configure time); then its sub-configures
# libc and libm (each recursing into its machine/ and sys/ trees) side by
# side rather than one after the other, with the arguments newlib's
# configure would give them (precious variables come from the environment)
# and each with a copy of its cache. Not doc/: it only makes makedoc, a host
# tool for the info manuals; the generated Makefile then leaves it out
# (newlib's Makefile clears MAKEOVERRIDES: a `make DOCDIR=` would not reach
# the sub-make that recurses).
cfg() {
	d=$1; shift
	mkdir -p "$d"
	(cd "$d" && PATH="$here_build/.nosleep:$PATH" CONFIG_SHELL=$sh \
	CC="$cc" AS="$cc" AR="$UK_AR" RANLIB="$UK_AR s" CFLAGS="$probe $ours" \
	$sh "$src/newlib/$d/configure" -q -C --with-newlib --prefix=/ \
	--build="$build" --host="$tgt" --target="$tgt" \
	--disable-multilib --disable-newlib-supplied-syscalls \
	--disable-dependency-tracking \
	--enable-newlib-io-long-long --enable-newlib-io-c99-formats \
	--enable-newlib-global-stdio-streams --enable-newlib-mb "$@")
}
# --enable-newlib-global-stdio-streams: stdin, stdout and stderr are the
# global __sf[0..2], link-time constants, which glue/glibc_stdio.c gives
# objects compiled against glibc's headers as the variables stdin, stdout
# and stderr (docs/hostcc.md). --enable-newlib-mb: multibyte and wide
# characters (%ls, mbrtowc, the "C.UTF-8" locale), which glibc's C library
# has and programs expect.
here_build=$PWD
build=$(sh "$src/config.guess")
cfg . --no-recursion
pids=
for d in libc libm; do
	mkdir -p $d && cp config.cache $d/
	cfg $d --disable-option-checking & pids="$pids $!"
done
for p in $pids; do wait "$p"; done
sed -i 's/^DOCDIR = doc$/DOCDIR =/' Makefile
rm -r .nosleep
phase configure
# In parallel: the pool's jobserver if there is one, else every CPU.
case " ${MAKEFLAGS:-} " in *jobserver*|*" -j"*) j= ;; *) j=-j$(nproc) ;; esac
# -Oz, not the pool's -Os: the `minsize` it puts on every function keeps
# uklink's LTO from unrolling, vectorizing and inlining as much of newlib's
# code; helloworld on newlib links in 11 % less CPU time into a 9 % smaller
# image (docs/performance.md).
make $j CFLAGS="$(echo " $UK_CFLAGS " | sed 's/ -Os / -Oz /') $ours" AR_FLAGS=rcD
phase make

# prune AR SYM...: drops the members of AR that reference one of SYM, which
# nothing here defines, then those referencing what they defined, and so on.
prune() {
	a=$1; shift; miss=" $* "
	while :; do
		dead=$("$UK_NM" -A -P "$a" 2>/dev/null | awk -v m="$miss" '
			{ f = $1; sub(/^[^[]*\[/, "", f); sub(/\]:$/, "", f) }
			$3 == "U" && index(m, " " $2 " ") { print f }' | sort -u)
		[ -n "$dead" ] || return 0
		miss="$miss$("$UK_NM" -A -P "$a" 2>/dev/null | awk -v d=" $(echo $dead) " '
			{ f = $1; sub(/^[^[]*\[/, "", f); sub(/\]:$/, "", f) }
			$3 ~ /^[TDBRCWV]$/ && index(d, " " f " ") { printf "%s ", $2 }')"
		echo "prune: $a: $(echo $dead)"
		"$UK_AR" d "$a" $dead
	done
}
# x86_64's long double is not double: newlib has no long-double libm
# functions here, so the long-double complex ones are dead. rpmatch needs
# regcomp, not built for this target either. (The JIS tables that the
# wide ctype functions use, _jp2uc_l, come with --enable-newlib-mb.)
# Where configure.host sets syscall_dir=syscalls (aarch64), newlib's make
# adds libc/syscalls/: POSIX-name wrappers (read, write, ...) around
# libgloss's _read, _write ...; glue/ defines the POSIX names itself.
[ ! -d libc/syscalls ] || "$UK_AR" d libc.a $(cd libc/syscalls && ls lib_a-*.o)
prune libm.a atan2l copysignl coshl cosl expl fabsl logl powl sinhl sinl
prune libc.a regcomp regexec regfree

finish

# What newlib's two builds share (build.sh, configure-build.sh): sourced
# after `here` (this folder) and `src` (the newlib source tree) are set, in
# the work folder.

# Wall time of each phase, in the log (bench/pool.sh reports them).
t0=$(date +%s%N)
phase() { t=$(date +%s%N); echo "phase $1: $(((t - t0) / 1000000)) ms"; t0=$t; }
cc="$UK_CC --target=${UK_TRIPLE%%-*}-elf -nostdlibinc"     # newlib's headers, not the host's
# MALLOC_PROVIDED: malloc & co. are our glue on ukalloc (glue/malloc.c), not
# dlmalloc on sbrk. -fcx-limited-range: complex products inline, without
# compiler-rt's __muldc3.
# _NEWLIB_LC_INTERNAL: newlib's sources see its own LC_* and nl_langinfo
# numbers, applications glibc's (patches/0016).
ours="-DMALLOC_PROVIDED -fcx-limited-range -Wno-implicit-function-declaration -D_NEWLIB_LC_INTERNAL"

# finish: our glue into libc.a, then the headers for applications.
finish() {
	# The glue, against newlib's headers: compiled side by side, added by
	# one ar run (each run rewrites the 2.5 MB archive and its symbol
	# table: 0.2 s, serial, per file).
	# glue/<arch>/ holds the glue written in assembly. nolibc's headers
	# come last (-idirafter): only its uk/glibc_file.h, the FILE prefix
	# both C libraries share, is found there.
	inc="-isystem targ-include -isystem $src/newlib/libc/include"
	export cc inc here UK_CFLAGS
	for f in "$here"/glue/*.c "$here/glue/${UK_TRIPLE%%-*}"/*.S; do
		[ ! -f "$f" ] || echo "$f"
	done | xargs -P "$(nproc)" -I{} sh -c '
		$cc $UK_CFLAGS $inc -I"$here/../../plat/common/include" \
			-I"$here/../ukalloc/include" -I"$here/../vfscore/include" \
			-I"$here/../uksrand/include" -I"$here/../ukposix/include" \
			-idirafter "$here/../nolibc/include" -Wall \
			-c "$1" -o "glue_$(basename "${1%.*}").o"' sh {}
	# Upstream members the glue replaces: rename (newlib's links and
	# unlinks; glue/links.c has vfscore's atomic renameat).
	"$UK_AR" d libc.a lib_a-rename.o
	"$UK_AR" rcsD libc.a glue_*.o
	"$UK_AR" s libm.a
	# The headers applications compile against (uklink --cflags --libc
	# newlib: the pool's include/newlib/, before the pool's include/, whose
	# nolibc stddef.h, stdarg.h, stdbool.h and limits.h serve as the
	# compiler's): newlib's own, then the generated ones (newlib.h,
	# _newlib_version.h, targ-include's machine/ and sys/), as the glue
	# sees them.
	rm -rf include && mkdir include
	cp -R "$src/newlib/libc/include/." include/
	cp -R targ-include/. include/
	phase finish
}

# Derives libpool/newlib/sources.<arch> (the file list build.sh compiles) from the
# log of a configure-and-make build of newlib (configure-build.sh). For
# every compilation of a member that ends up in libc.a or libm.a: the
# archive (c or m), the member, its source (relative to newlib/) and the
# flags newlib's make gave it besides ours, with the source tree as @S and
# the build tree as @B. When two directories make a member of the same name
# (libm's fenv/ and machine/x86_64/), the later one is the one newlib
# archives, as here.
#
# awk -v src=SRCDIR/newlib -v bld=BUILDDIR -v cflags=CFLAGS
#     -v asflags=CCASFLAGS -v keep="c:MEMBER ... m:MEMBER ..." -f mksources.awk LOG
function quote(s) { gsub(/[][\\.^$*+?(){}|]/, "\\\\&", s); return s }
BEGIN {
	n = split(keep, k, " ")
	for (i = 1; i <= n; i++) want[k[i]] = 1
}
/^clang-[0-9]+ / && / -c / {
	line = $0
	if (!match(line, / -o [^ ]+/)) next
	obj = substr(line, RSTART + 4, RLENGTH - 4)
	if (match(line, /echo '[^']*'`[^ ]+$/)) {
		s = substr(line, RSTART + 6, RLENGTH - 6); sub(/'`/, "", s)
	} else {
		s = line; sub(/^.* -c /, "", s); sub(/ .*/, "", s)
	}
	sub("^" quote(src) "/(\\./)?", "", s)
	flags = line; sub(/ -c .*/, "", flags)
	sub(/^clang-[0-9]+ --target=[^ ]+ -nostdlibinc /, "", flags)
	kind = s ~ /\.S$/ ? "S" : "c"
	gsub(quote(kind == "S" ? asflags : cflags), " ", flags)
	gsub(quote(src) "/(\\./)?", "@S/", flags)
	gsub(quote(bld), "@B", flags)
	gsub(/(^| )-I\.( |$)/, " ", flags)
	# Three groups of flags nearly every line has (build.sh expands them).
	if (match(flags, /-DPACKAGE_NAME=.*-DPACKAGE_URL=\\"\\"/)) {
		if (P == "") P = substr(flags, RSTART, RLENGTH)
		sub(/-DPACKAGE_NAME=.*-DPACKAGE_URL=\\"\\"/, "@P", flags)
	}
	sub(/-I@B\/targ-include -I@S\/libc\/include/, "@I", flags)
	gsub(/-fno-builtin -D__NO_SYSCALLS__ -DMISSING_SYSCALL_NAMES -DHAVE_INIT_FINI/, "@N", flags)
	gsub(/  +/, " ", flags); sub(/^ /, "", flags); sub(/ $/, "", flags)
	# The last compilation of a name from each of libc/ and libm/ (and
	# from elsewhere) is the one that directory's archive holds.
	d = s ~ /^libc\// ? "c" : s ~ /^libm\// ? "m" : "x"
	id = ++ncomp
	line_of[id] = obj "\t" s "\t" flags
	last[d, obj] = id
	if (!(obj in named)) { named[obj] = 1; names[++nnames] = obj }
}
# Each archive's member: its own directory's compilation if there is one
# (libc.a also holds some libm/common members, such as s_isnan).
END {
	for (i = 1; i <= nnames; i++) {
		obj = names[i]
		for (j = 1; j <= 2; j++) {
			a = j == 1 ? "c" : "m"
			if (!((a ":" obj) in want)) continue
			id = (a, obj) in last ? last[a, obj] : ((j == 1 ? "m" : "c"), obj) in last ? last[(j == 1 ? "m" : "c"), obj] : last["x", obj]
			if (id == "") { print "mksources: no compilation of " a ":" obj >"/dev/stderr"; bad = 1; continue }
			arch[id] = arch[id] a
		}
	}
	print "P\t" P
	for (id = 1; id <= ncomp; id++)
		if (id in arch) print arch[id] "\t" line_of[id]
	exit bad
}

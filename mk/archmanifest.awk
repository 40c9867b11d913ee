# Merges a library's manifest with its parts: LIBDIR/lib.uk, then each
# part (LIBDIR/ARCH/arch.uk, plat/common/common.uk) with its `srcs` and
# `forced` paths made relative to LIBDIR by the part's prefix (ARCH/,
# ../common/; one per part, in -v prefixes). Every other key is taken as
# written (values accumulate as in any manifest). The result is the
# library's manifest for that architecture (docs/architecture.md,
# "Per-architecture parts").
# Usage: awk -v prefixes="x86_64/ ../common/" -f mk/archmanifest.awk \
#            LIBDIR/lib.uk LIBDIR/x86_64/arch.uk plat/common/common.uk
BEGIN { split(prefixes, pre, " ") }
FNR == 1 { part++; printf "# %s\n", FILENAME }
part > 1 && ($1 == "srcs" || $1 == "forced") {
	line = $1
	for (i = 2; i <= NF && $i !~ /^#/; i++)
		line = line "\t" pre[part - 1] $i
	print line
	next
}
{ print }

# Merges a library's manifest with the part for one architecture:
# LIBDIR/lib.uk, then LIBDIR/ARCH/arch.uk with its `srcs` and `forced`
# paths made relative to LIBDIR (ARCH/file). Every other key is taken as
# written (values accumulate as in any manifest). The result is the
# library's manifest for that architecture (docs/architecture.md, "Per-
# architecture parts").
# Usage: awk -v arch=x86_64 -f mk/archmanifest.awk LIBDIR/lib.uk LIBDIR/x86_64/arch.uk
FNR == 1 { printf "# %s\n", FILENAME }
NR != FNR && ($1 == "srcs" || $1 == "forced") {
	line = $1
	for (i = 2; i <= NF && $i !~ /^#/; i++)
		line = line "\t" arch "/" $i
	print line
	next
}
{ print }

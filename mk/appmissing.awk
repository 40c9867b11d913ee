# Reads uklink's diagnostics of a failed link (stderr) and prints the
# symbols it reports missing, once each, space-separated: X for a symbol
# no library defines ("undefined symbol: X"), X@LIB for one only library
# LIB of group libc exports while the other is linked ("note: X, Y: only
# in LIB (needed by ...)"). mk/appstatus.sh and bench/apps.sh use it.
function add(s) { if (s != "" && !seen[s]++) { printf "%s%s", sep, s; sep = " " } }
/: undefined symbol: / { add($NF) }
/^uklink: note: .*: only in [^ ]+ \(needed by / {
	line = $0
	sub(/^uklink: note: /, "", line)
	lib = line
	sub(/^.*: only in /, "", lib)
	sub(/ .*$/, "", lib)
	sub(/: only in .*$/, "", line)
	n = split(line, syms, /, /)
	for (i = 1; i <= n; i++)
		add(syms[i] "@" lib)
}
END { if (sep) print "" }

# Composes a platform's linker-script template: every line
#     /* @UK_PART@ NAME [KEY=VALUE...] */
# is replaced by the file DIR/NAME (ld/common/NAME), with @KEY@ replaced
# by VALUE; every other line is copied. The pool ships the result as the
# template (docs/architecture.md, "Linker-script generation"), so uklink
# sees one complete script and its markers (@UK_FRAGMENTS@, @UK_TLS@) may
# sit in a part. Stops with an error for a missing part or a @KEY@ left.
# Usage: awk -v dir=ld/common -f mk/ldcompose.awk ld/x86_64-kvm.ld
function fail(msg) {
	printf "%s:%d: error: %s\n", FILENAME, FNR, msg >"/dev/stderr"
	failed = 1
	exit 1
}
/^[ \t]*\/\* @UK_PART@ [^ ]+( [A-Za-z_]+=[^ ]+)* \*\/[ \t]*$/ {
	n = split($0, w, /[ \t]+/)
	for (i = 1; w[i] != "@UK_PART@"; i++)
		;
	part = dir "/" w[i + 1]
	nkeys = 0
	for (j = i + 2; j < n && w[j] != "*/"; j++) {
		k = w[j]; sub(/=.*/, "", k)
		v = w[j]; sub(/^[^=]*=/, "", v)
		key[++nkeys] = "@" k "@"; val[nkeys] = v
	}
	got = 0
	while ((r = (getline line < part)) > 0) {
		got = 1
		for (j = 1; j <= nkeys; j++)
			gsub(key[j], val[j], line)
		if (line ~ /@[A-Z]+@/ && line !~ /@UK_(TLS|FRAGMENTS)@/)
			fail(part ": " line ": a @KEY@ without value")
		print line
	}
	close(part)
	if (r < 0 || !got)
		fail("no such part: " part)
	next
}
{ print }
END { if (failed) exit 1 }

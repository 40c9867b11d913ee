# Reads a library manifest (lib.uk) and prints the make variables the pool
# build needs. Usage: awk -v dir=libpool/foo -f mk/manifest.awk libpool/foo/lib.uk
# Fields are documented in docs/architecture.md ("The library manifest").
/^[ \t]*(#|$)/ { next }
{
	key = $1
	sub(/^[ \t]*[^ \t]+[ \t]*/, "")
	if (key in vals)
		vals[key] = vals[key] " " $0
	else
		vals[key] = $0
}
END {
	if (!("name" in vals)) {
		printf "%s: error: manifest has no 'name'\n", FILENAME >"/dev/stderr"
		exit 1
	}
	name = vals["name"]
	printf "POOL_LIBS += %s\n", name
	printf "LIB_%s_DIR := %s\n", name, dir
	printf "LIB_%s_MANIFEST := %s\n", name, FILENAME
	printf "LIB_%s_OPTOBJ := %s\n", name, ("option" in vals) ? "__options.o" : ""
	# upsrcs, upincs, build, buildincs, archive: ports (docs/porting.md)
	n = split("srcs forced cflags ldfrag upsrcs upincs build buildincs archive plats", keys, " ")
	for (i = 1; i <= n; i++)
		printf "LIB_%s_%s := %s\n", name, toupper(keys[i]), vals[keys[i]]
}

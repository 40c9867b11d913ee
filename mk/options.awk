# Generates the C source of a library's option defaults from its manifest:
# one weak definition per `option NAME TYPE DEFAULT HELP...` line, so that
# uklink's strong definitions (-D NAME=VALUE) override them and LTO folds
# whichever prevails (docs/architecture.md, "Link-time options").
function die(msg) {
	printf "%s:%d: error: %s\n", FILENAME, FNR, msg >"/dev/stderr"
	err = 1
	exit 1
}
BEGIN { print "/* Generated from the manifest by mk/options.awk. */" }
$1 == "name" { lib = $2 }
$1 == "option" {
	opt = $2; type = $3; def = $4
	if (opt !~ /^[A-Z][A-Z0-9_]*$/)
		die("option name '" opt "' must be UPPER_CASE")
	if (index(opt, toupper(lib) "_") != 1)
		die("option '" opt "' must start with '" toupper(lib) "_'")
	if (type == "bool") {
		# fp: uklink decides (uklink/fpuse.c); y for other linkers
		if (def == "y" || def == "1" || def == "fp") v = 1
		else if (def == "n" || def == "0") v = 0
		else die("bool option '" opt "' has default '" def "' (use y, n or fp)")
		printf "const long uk_opt_%s __attribute__((weak)) = %d;\n", opt, v
	} else if (type == "int") {
		if (def !~ /^-?(0x[0-9a-fA-F]+|[0-9]+)$/)
			die("int option '" opt "' has default '" def "'")
		printf "const long uk_opt_%s __attribute__((weak)) = %s;\n", opt, def
	} else if (type == "str") {
		if (def == "-")
			def = ""
		gsub(/\\/, "\\\\", def); gsub(/"/, "\\\"", def)
		printf "const char uk_opt_%s[] __attribute__((weak)) = \"%s\";\n", opt, def
	} else
		die("option '" opt "' has unknown type '" type "' (bool, int, str)")
}

# Turns the stream made by mkindex.sh into index.tsv (docs/pool.md) and checks
# each library against its manifest. Errors go to stderr, all of them; exit 1.
BEGIN { FACTKEY = "^(ld_emulation|ld_flags|elf_machine|fp_decoder|image_[a-z0-9_]+|run|run_[a-z0-9_]+)$" }
function err(msg) { printf "mkindex: error: %s\n", msg >"/dev/stderr"; nerr++ }
function field(s) { return s == "" ? "-" : s }
# A shell glob (* and ? only) as an anchored regular expression.
function glob2re(g) {
	gsub(/\./, "\\.", g); gsub(/\$/, "\\$", g)   # symbols: [A-Za-z0-9_.$]
	gsub(/\*/, ".*", g); gsub(/\?/, ".", g)
	return "^" g "$"
}
# Loads a list key of library l: exact exports as isexp[l, name]; globs
# (and every `private` entry) as pat[l, key] = SUBSEP-separated regexps (glob[] keeps the
# globs for messages).
function loadlist(l, key,    n, i, w, r) {
	n = split(mf[l, key], w, /[ \t]+/)
	for (i = 1; i <= n; i++) {
		if (w[i] == "") continue
		if (w[i] ~ /[*?]/ || key == "private") {
			r = glob2re(w[i])
			pat[l, key] = pat[l, key] SUBSEP r; glob[l, r] = w[i]
		} else if (key == "exports")
			isexp[l, w[i]] = 1
	}
}
function matches(l, s, key,    n, i, r) {
	n = split(substr(pat[l, key], 2), r, SUBSEP)
	for (i = 1; i <= n; i++) if (s ~ r[i]) { used[l, r[i]] = 1; return 1 }
	return 0
}
$1 == "A" { libs[$2] = 1; archive[$2] = $3; sha[$2] = $4; next }
$1 == "F" {
	m = $3; sub(/.*\//, "", m)
	forced[$2, m] = $3
	next
}
$1 == "M" {
	lib = $2; line = $0; sub(/^M\t[^\t]*\t/, "", line)   # keeps the TABs of the line
	key = line; sub(/[ \t].*/, "", key)
	val = line; sub(/^[^ \t]+[ \t]*/, "", val)
	# Target facts (docs/architecture.md, "Target facts"): from the
	# architecture's and the platform's manifests (with the platform's
	# part for this architecture), one record per line, in order.
	if ((lib == arch || lib == plat) && key ~ FACTKEY) {
		nfact++; factk[nfact] = key; factv[nfact] = val
		next
	}
	if (key == "option") { nopt[lib]++; opt[lib, nopt[lib]] = val; next }
	if ((lib, key) in mf)
		mf[lib, key] = mf[lib, key] " " val
	else
		mf[lib, key] = val
	next
}
$1 == "S" {
	lib = $2; mem = $3; t = $4; sym = $5
	if (!((lib, mem) in seenmem)) { seenmem[lib, mem] = 1; mems[lib] = mems[lib] "\034" mem }
	if (t == "U") { nsym++; sl[nsym] = lib; sm[nsym] = mem; ss[nsym] = sym; sk[nsym] = "U"; next }
	if (t == "w" || t == "v") { nsym++; sl[nsym] = lib; sm[nsym] = mem; ss[nsym] = sym; sk[nsym] = "w"; next }
	if (t !~ /^[TDBRCWVA]$/) next           # locals, debug
	nsym++; sl[nsym] = lib; sm[nsym] = mem; ss[nsym] = sym; sk[nsym] = t
	next
}
END {
	n = 0
	for (l in libs) sorted[++n] = l
	for (i = 2; i <= n; i++) {          # insertion sort: deterministic order
		v = sorted[i]
		for (j = i - 1; j >= 1 && sorted[j] > v; j--) sorted[j + 1] = sorted[j]
		sorted[j + 1] = v
	}
	for (i = 1; i <= n; i++) {
		l = sorted[i]
		loadlist(l, "exports")
		loadlist(l, "private")
		rank[l] = ((l, "rank") in mf) ? mf[l, "rank"] + 0 : 50
		group[l] = mf[l, "group"]
	}
	# Classify definitions; check the private namespace.
	for (k = 1; k <= nsym; k++) {
		l = sl[k]; s = ss[k]; t = sk[k]
		if (t == "U" || t == "w") continue
		# Exact exports, then `private` globs, then `exports` globs (ports:
		# docs/porting.md), then the _<lib>_ namespace.
		if ((l, s) in isexp || s ~ /^uk_opt_/ ||
		    (!matches(l, s, "private") && matches(l, s, "exports"))) {
			vis[k] = "export"; defined[l, s] = 1
			prov[s] = prov[s] " " l
		} else if (index(s, "_" l "_") == 1) {
			vis[k] = "private"
		} else if (matches(l, s, "private")) {
			# Not namespaced: no other library may define it at all.
			vis[k] = "private"; prvglob[s] = prvglob[s] " " l
		} else {
			err(l ": " sm[k] ": global symbol '" s "' is neither exported nor private (name it _" l "_...)")
		}
	}
	for (i = 1; i <= n; i++) {
		l = sorted[i]
		ne = split(mf[l, "exports"], ex, /[ \t]+/)
		for (j = 1; j <= ne; j++)
			if (ex[j] != "" && ex[j] !~ /[*?]/ && !((l, ex[j]) in defined))
				err(l ": exports '" ex[j] "' but does not define it")
	}
	for (g in glob) {
		split(g, gk, SUBSEP)
		if (!((gk[1], gk[2]) in used))
			err(gk[1] ": pattern '" glob[g] "' (exports/private) matches no global symbol")
	}
	# A private symbol outside the _<lib>_ namespace (a `private` glob) is
	# unique in the pool, or two libraries could collide at link time.
	for (k = 1; k <= nsym; k++) {
		s = ss[k]
		if (!(s in prvglob) || sk[k] == "U" || sk[k] == "w") continue
		split(substr(prvglob[s], 2), p, " ")
		if (sl[k] != p[1] && !(group[p[1]] != "" && group[p[1]] == group[sl[k]]))
			err(p[1] ": private symbol '" s "' is also defined by " sl[k] " (" sm[k] "): rename it with a patch")
	}
	# Export clashes: allowed inside one group, or when ranks decide.
	for (s in prov) {
		np = split(substr(prov[s], 2), p, " ")
		if (np < 2) continue
		for (a = 1; a <= np; a++) for (b = a + 1; b <= np; b++) {
			if (p[a] == p[b]) continue
			if (group[p[a]] != "" && group[p[a]] == group[p[b]]) continue
			if (rank[p[a]] == rank[p[b]])
				err("'" s "' is exported by both " p[a] " and " p[b] " with rank " rank[p[a]] ": give one a lower rank or put both in a group")
		}
	}
	if (nerr) exit 1

	print "uklink-pool", 1, poolver
	print "llvm", llvm
	print "target", arch, plat, triple, layout
	print "mandatory", field(mf[plat, "mandatory"])
	print "template", "ld/" arch "-" plat ".ld"
	for (i = 1; i <= nfact; i++) print "fact", factk[i], factv[i]
	for (i = 1; i <= n; i++) {
		l = sorted[i]
		print "lib", l, field(mf[l, "version"]), archive[l], sha[l], rank[l], field(group[l]), field(mf[l, "deps"])
		nm = split(substr(mems[l], 2), ml, SUBSEP)
		for (j = 1; j <= nm; j++)
			print "member", l, ml[j], ((l, ml[j]) in forced) ? forced[l, ml[j]] : "archive"
		for (k = 1; k <= nsym; k++) {
			if (sl[k] != l) continue
			t = sk[k]
			if (t == "U" || t == "w")
				print "undef", l, sm[k], ss[k], t == "w" ? "weak" : "strong"
			else
				print "def", l, sm[k], ss[k], vis[k], (t == "W" || t == "V") ? "weak" : "strong", (t ~ /[TW]/ && ss[k] !~ /^uk_opt_/) ? "func" : "data"
		}
		nf = split(mf[l, "ldfrag"], fr, /[ \t]+/)
		for (j = 1; j <= nf; j++) if (fr[j] != "") print "ldfrag", l, "ld/" l "-" fr[j]
		nf = split(mf[l, "ldsyms"], fr, /[ \t]+/)
		for (j = 1; j <= nf; j++) if (fr[j] != "") print "ldsym", l, fr[j]
		for (j = 1; j <= nopt[l]; j++) {
			o = opt[l, j]
			split(o, of, /[ \t]+/)
			help = o
			sub(/^[^ \t]+[ \t]+[^ \t]+[ \t]+[^ \t]+[ \t]*/, "", help)
			print "option", l, of[1], of[2], of[3], help
		}
	}
}

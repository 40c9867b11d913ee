#!/bin/sh
# Tries to link every program of the corpus (apps/*/build.sh, built by
# mk/appbuild.sh) for every platform, with the libc uklink picks
# ('default') and with each libc forced (--libc nolibc, --libc newlib),
# and prints what happened as TSV (docs/apps.md):
#   program  plat  libc  status  missing
# status is 'links' or 'fails'; missing lists, once each, the symbols
# uklink reported as undefined in the whole pool, and those only the
# other libc of group 'libc' exports (suffixed '@newlib' or '@nolibc'):
# mk/appmissing.awk.
#
#   mk/appstatus.sh [--markdown] [NAME...]   UKLINK (default uklink/build/uklink)
#
# --markdown prints the tables of docs/apps.md instead: per program and
# platform what the default link does, then per program the missing
# symbols with each libc (kvm's; other platforms only where they differ).
set -eu
if [ "${1:-}" = --markdown ]; then
	shift
	sh "$0" "$@" | awk -F'\t' '
	NR == 1 { next }
	!($1 in seen) { seen[$1] = 1; order[++n] = $1 }
	$3 == "default" { st[$1, $2] = $4 }
	# With libc L linked, what only L has is not missing.
	$3 != "default" {
		nw = split($5, w, " "); m = ""
		for (k = 1; k <= nw; k++)
			if (w[k] !~ ("@" $3 "$"))
				m = m (m == "" ? "" : " ") w[k]
		miss[$1, $2, $3] = m == "" ? "-" : m
	}
	END {
		print "| program | kvm | linuxu | xen |"
		print "|---|---|---|---|"
		for (i = 1; i <= n; i++) {
			p = order[i]
			printf "| %s | %s | %s | %s |\n", p, st[p, "kvm"], st[p, "linuxu"], st[p, "xen"]
		}
		print ""
		print "| program | libc | missing with that libc (`X@lib`: only library lib exports X; no suffix: no library) |"
		print "|---|---|---|"
		for (i = 1; i <= n; i++) for (l = 1; l <= 2; l++) {
			p = order[i]; c = l == 1 ? "nolibc" : "newlib"
			m = miss[p, "kvm", c]
			for (j = 2; j <= 3; j++) {
				q = j == 2 ? "linuxu" : "xen"
				if (miss[p, q, c] != m) m = m "; on " q ": " miss[p, q, c]
			}
			printf "| %s | %s | %s |\n", p, c, m
		}
	}'
	exit
fi
root=$(cd "$(dirname "$0")/.." && pwd)
UKLINK=${UKLINK:-$root/uklink/build/uklink}
[ $# -gt 0 ] || set -- $(cd "$root/apps" && ls -d */build.sh | sed 's,/build.sh,,')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'program\tplat\tlibc\tstatus\tmissing\n'
for name in "$@"; do
	sh "$root/mk/appbuild.sh" "$name" >&2
	for objs in "$root/build/apps/$name"/*.objs; do
		p=$(basename "$objs" .objs)
		[ "$p" = "$name" ] || p=$name/$p
		for plat in kvm linuxu xen; do
			for libc in default nolibc newlib; do
				set --
				[ "$libc" = default ] || set -- --libc "$libc"
				# shellcheck disable=SC2046
				if "$UKLINK" --plat "$plat" "$@" $(cat "$objs") \
					-o "$tmp/img" >/dev/null 2>"$tmp/err"; then
					st=links
				else
					st=fails
				fi
				miss=$(awk -f "$root/mk/appmissing.awk" "$tmp/err")
				[ "$st" = links ] || [ -n "$miss" ] ||
					miss="($(grep -m1 'error' "$tmp/err" | cut -c1-120))"
				printf '%s\t%s\t%s\t%s\t%s\n' "$p" "$plat" "$libc" "$st" "${miss:--}"
			done
		done
	done
done

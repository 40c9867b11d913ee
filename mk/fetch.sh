#!/bin/sh
# Fetches, verifies, unpacks and patches the upstream source of one port
# (recipe: LIBDIR/port.uk, format in docs/porting.md) into
# BUILD/src/<name>-<version>, points BUILD/src/<name> at it and writes
# BUILD/src/<name>.stamp last. Downloads are cached in BUILD/downloads.
# Debian source packages come through a private apt configuration under
# BUILD/apt (own sources.list, lists and cache): the system's is untouched.
#
# Usage: fetch.sh LIBDIR BUILD
set -eu
dir=$1 build=$2
recipe=$dir/port.uk
[ ! -f "$recipe" ] || recipe=$(cd "$dir" && pwd)/port.uk   # read after cd
die() { echo "fetch: error: $recipe: $*" >&2; exit 1; }
[ -f "$recipe" ] || die "no such recipe"
# A port is named by its library's manifest; an application's recipe
# (apps/<name>/port.uk, no lib.uk) names itself.
man=$dir/lib.uk; [ -f "$man" ] || man=$recipe
name=$(awk '$1 == "name" { print $2; exit }' "$man")
[ -n "$name" ] || die "no 'name' in $man"
field() { sed -n "s/^$1[[:space:]]\{1,\}//p" "$recipe"; }
dl=$build/downloads
mkdir -p "$dl" "$build/src"
dl=$(cd "$dl" && pwd)

# sha_ok FILE: the file is in the cache and has the recipe's SHA-256.
sha_ok() {
	want=$(awk -v f="$1" '$1 == "sha256" && $3 == f { print $2 }' "$recipe")
	[ -n "$want" ] || die "no sha256 line for $1"
	[ -f "$dl/$1" ] && [ "$(sha256sum "$dl/$1" | cut -d' ' -f1)" = "$want" ]
}
files=$(awk '$1 == "sha256" { print $3 }' "$recipe")
[ -n "$files" ] || die "no sha256 lines"
all_ok() { for f in $files; do sha_ok "$f" || return 1; done; }

# apt_source PKG VERSION: apt-get source --download-only into the cache.
apt_source() {
	apt=$(mkdir -p "$build/apt" && cd "$build/apt" && pwd)
	suite=${UK_DEBIAN_SUITE:-bookworm}
	# The mirror the system already uses for Debian main (deb822 or
	# one-line format), unless UK_DEBIAN_MIRROR says otherwise.
	mirror=${UK_DEBIAN_MIRROR:-$(cat /etc/apt/sources.list.d/*.sources \
		/etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
		awk '/^URIs:/ && $2 ~ /debian\/?$/ { print $2; exit }
		     /^deb / && $2 !~ /^\[/ && $2 ~ /debian\/?$/ { print $2; exit }')}
	mirror=${mirror:-http://deb.debian.org/debian}
	kr=/usr/share/keyrings/debian-archive-keyring.gpg
	opt=; [ -f $kr ] && opt="[signed-by=$kr] "
	mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/parts"
	set -- "$1" "$2" -o Dir::Etc::SourceList="$apt/sources.list" \
		-o Dir::Etc::SourceParts="$apt/parts" \
		-o Dir::State::Lists="$apt/lists" -o Dir::Cache="$apt/cache" \
		-o Debug::NoLocking=1 -q
	[ "$(id -u)" -ne 0 ] || set -- "$@" -o APT::Sandbox::User=root
	pkg=$1 ver=$2; shift 2
	log=$apt/$pkg.log
	(
		flock 9        # one apt at a time (make -j)
		echo "deb-src $opt$mirror $suite main" >"$apt/sources.list.new"
		cmp -s "$apt/sources.list.new" "$apt/sources.list" 2>/dev/null ||
			{ mv "$apt/sources.list.new" "$apt/sources.list"; rm -f "$apt/lists/"*Sources*; }
		ls "$apt/lists/"*Sources* >/dev/null 2>&1 ||
			apt-get "$@" update >"$log" 2>&1 ||
			{ cat "$log" >&2; die "apt-get update failed"; }
		cd "$dl" && { apt-get "$@" source --download-only "$pkg=$ver" >"$log" 2>&1 ||
			{ apt-get "$@" update >"$log" 2>&1 &&
			  apt-get "$@" source --download-only "$pkg=$ver" >"$log" 2>&1; }; } ||
			# A mirror may lack a file the recipe does not use (Debian's
			# packaging tarball of an 'unpack tar' recipe): enough if
			# every file with a sha256 line arrived.
			all_ok ||
			{ cat "$log" >&2; die "cannot download Debian source $pkg=$ver (is it still in $suite?)"; }
	) 9>"$apt/lock"
}

# 1. Fetch what the cache lacks.
need=
for f in $files; do sha_ok "$f" || need=1; done
if [ -n "$need" ]; then
	set -- $(field debsrc)
	if [ $# -ge 2 ]; then
		echo "  FETCH   $name: Debian source $1 $2"
		apt_source "$1" "$2"
		ver=$2
	else
		[ -n "$(field file)" ] || die "needs 'debsrc PKG VERSION' or 'file PATH PKG VERSION'"
		# One line per file; a fourth word names the copy in the cache
		# (two packages may install files of one name).
		field file | while read -r path pkg _ as; do
			[ -f "$path" ] || die "$path missing: install package ${pkg:-?} (make setup)"
			echo "  FETCH   $name: $path"
			cp "$path" "$dl/${as:-${path##*/}}"
		done
	fi
fi
# 2. Verify every file against the recipe.
for f in $files; do
	sha_ok "$f" || die "$f: SHA-256 differs from the recipe ($dl/$f)"
done

# 3. Unpack into a fresh tree, then apply our patches in order.
set -- $(field debsrc) $(field file)
ver=${2:-}; [ -z "$(field file)" ] || ver=${3:-}
[ -n "$ver" ] || die "no version"
tree=$build/src/$name-$ver
rm -rf "$tree" "$build/src/$name.stamp"
mkdir -p "$tree"
set -- $(field unpack)
how=${1:-tar}; [ $# -eq 0 ] || shift
case $how in
dpkg-source)
	dsc=$(echo "$files" | grep '\.dsc$' | head -n 1)
	rmdir "$tree"
	dpkg-source -q --no-check -x "$dl/$dsc" "$tree" >/dev/null ;;
tar)
	# The first tarball that is not Debian's packaging, top directory
	# stripped; optional arguments restrict it to these subdirectories.
	tb=$(echo "$files" | grep '\.tar\.' | grep -v '\.debian\.tar\.' | head -n 1)
	pats=; for p in "$@"; do pats="$pats */$p/*"; done
	# Patterns for tar, not for the shell (*/primes/* would match apps/).
	set -f
	# shellcheck disable=SC2086
	tar -xf "$dl/$tb" -C "$tree" --strip-components=1 --wildcards $pats
	set +f ;;
copy)
	# Files used as they are (a prebuilt archive a binary package
	# installs: libpool/compilerrt), copied into the tree.
	for f in $files; do cp "$dl/$f" "$tree/"; done ;;
*) die "unknown unpack method '$how' (dpkg-source, tar, copy)" ;;
esac
for p in $(field patches); do
	[ -f "$dir/patches/$p" ] || die "patch $p not in $dir/patches/"
	patch -s -p1 -N -d "$tree" <"$dir/patches/$p" >&2 || die "patch $p does not apply"
done
ln -sfn "$name-$ver" "$build/src/$name"
touch "$build/src/$name.stamp"

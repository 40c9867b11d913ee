#!/bin/sh
# Installs uklink, the pool (with its headers and linker scripts) under PREFIX
# so that uklink works outside the source tree (docs/pool.md, search order).
set -eu
prefix=$1 poolroot=$2 uklink=$3
install -d "$prefix/bin" "$prefix/lib/uklink/pool"
install -m 755 "$uklink" "$prefix/bin/uklink"
cp -R "$poolroot/." "$prefix/lib/uklink/pool/"
echo "installed: $prefix/bin/uklink, pool in $prefix/lib/uklink/pool"

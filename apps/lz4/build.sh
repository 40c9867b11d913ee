# lz4 1.9.4's command-line program, sourced by mk/appbuild.sh: upstream's
# programs/Makefile (target lz4-release) compiles lib/*.c and programs/*.c
# with CFLAGS -O3, CPPFLAGS -I../lib -DXXH_NAMESPACE=LZ4_.
f="-O3 -I$SRC/lib -DXXH_NAMESPACE=LZ4_"
objs=
for s in "$SRC"/lib/*.c "$SRC"/programs/*.c; do
	b=$(basename "$s" .c)
	cc_o "$b" "$s" $f
	objs="$objs $b"
done
# shellcheck disable=SC2086
prog lz4 $objs

# bzip2 1.0.8, sourced by mk/appbuild.sh: upstream's Makefile compiles
# libbz2's seven files and bzip2.c with these flags and links them.
f="-Wall -Winline -O2 -g -D_FILE_OFFSET_BITS=64"
for s in blocksort huffman crctable randtable compress decompress bzlib bzip2; do
	cc_o "$s" "$SRC/$s.c" $f
done
prog bzip2 bzip2 blocksort huffman crctable randtable compress decompress bzlib

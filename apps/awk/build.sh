# original-awk (the one true awk), sourced by mk/appbuild.sh: upstream's
# makefile runs bison on the grammar, builds maketab to generate
# proctab.c, and compiles with CC = gcc -g -Wall -pedantic -Wcast-qual,
# CFLAGS = -O2; the program links with -lm.
f="-g -Wall -pedantic -Wcast-qual -O2 -I$OBJ -I$SRC"
run_logged bison -d -o "$OBJ/awkgram.tab.c" "$SRC/awkgram.y"
run_logged $CC $f "$SRC/maketab.c" -o "$OBJ/maketab"
"$OBJ/maketab" "$OBJ/awkgram.tab.h" >"$OBJ/proctab.c"
cc_o awkgram.tab "$OBJ/awkgram.tab.c" $f
for s in b main parse tran lib run lex; do cc_o "$s" "$SRC/$s.c" $f; done
cc_o proctab "$OBJ/proctab.c" $f
prog awk awkgram.tab b main parse proctab tran lib run lex -- -lm

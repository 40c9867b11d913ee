# SQLite 3.40.1, sourced by mk/appbuild.sh: upstream's configure and make
# generate the amalgamation (sqlite3.c) and shell.c in OBJ; both programs
# are then compiled with exactly the flags of upstream's link lines
#   sqlite3:    $(TCC) $(READLINE_FLAGS) $(SHELL_OPT) shell.c sqlite3.c $(TLIBS)
#   speedtest1: $(TCC) $(ST_OPT) test/speedtest1.c sqlite3.c $(TLIBS)
# as one compile per file (the two link lines build sqlite3.c with
# different flags). Configure options: no readline, no Tcl bindings, no
# zlib (the pool has none), no loadable extensions (no dlopen).
cd "$OBJ"
run_logged "$SRC/configure" CC="$CC" --disable-readline --disable-tcl \
	--disable-load-extension ac_cv_search_deflate=no
run_logged make sqlite3.c shell.c
printf 'print-%%:\n\t@echo $($*)\n' >print.mk
var() { make -s -f Makefile -f print.mk "print-$1"; }
# TCC starts with the compiler configure found: ours is $CC.
tcc=$(var TCC | cut -d' ' -f2-)
shell="$(var READLINE_FLAGS) $(var SHELL_OPT)"
st=$(var ST_OPT)
libs=$(var TLIBS)
# shellcheck disable=SC2086
{
	cc_o shell shell.c $tcc $shell
	cc_o sqlite3-shell sqlite3.c $tcc $shell
	cc_o speedtest1 "$SRC/test/speedtest1.c" $tcc $st
	cc_o sqlite3-st sqlite3.c $tcc $st
	prog sqlite3 shell sqlite3-shell -- $libs
	prog speedtest1 speedtest1 sqlite3-st -- $libs
}
cd "$out"

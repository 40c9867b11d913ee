# Expat 2.5.0, sourced by mk/appbuild.sh: upstream's CMake build (its
# defaults, the library static) compiles the library, xmlwf and the C
# test runner in OBJ; their objects are the ones uklink links. runtests_cxx
# (the same tests compiled as C++) is left out: the pool has no C++
# runtime for host objects.
cd "$OBJ"
run_logged cmake -S "$SRC/expat" -B . -DCMAKE_C_COMPILER="$CC" \
	-DEXPAT_SHARED_LIBS=OFF -DEXPAT_BUILD_DOCS=OFF -DEXPAT_BUILD_EXAMPLES=OFF \
	-DEXPAT_BUILD_PKGCONFIG=OFF
run_logged make expat xmlwf runtests
# ../*.c.o are CMake's object names; prog wants them without '.o'.
lst() { find "CMakeFiles/$1.dir" -name '*.c.o' | sort | sed 's/\.o$//'; }
lib=$(lst expat)
# runtests compiles the library's sources itself (it tests internals).
# shellcheck disable=SC2086
prog xmlwf $(lst xmlwf) $lib -- -lm
# shellcheck disable=SC2086
prog runtests $(lst runtests) -- -lm
cd "$out"

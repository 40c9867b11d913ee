# Jim Tcl 0.81, sourced by mk/appbuild.sh: upstream's autosetup configure
# and make build jimsh in OBJ; its objects are the ones uklink links. The
# test suite (tests/*.test) is read from the source tree.
# Configure leaves out, with upstream's own options, the extensions a
# unikernel cannot have: exec (fork and exec), load (dlopen), syslog, tty
# and line editing (a terminal's settings). The native build uses the same
# objects, so its test counts are the ones to match (docs/apps.md).
cd "$OBJ"
run_logged "$SRC/configure" CC="$CC" --without-ext=exec,load,syslog,tty \
	--disable-lineedit
run_logged make jimsh
# The objects of upstream's link line: libjim.a's members, then jimsh.o
# and initjimsh.o (the order of its OBJS).
objs=$(sed -n '/^OBJS :=/,/[^\\]$/p' Makefile | sed 's/^OBJS :=//; s/\\$//' | tr -s ' \n' ' ')
# shellcheck disable=SC2086
prog jimsh $(for o in $objs; do echo "${o%.o}"; done) jimsh initjimsh
cd "$out"

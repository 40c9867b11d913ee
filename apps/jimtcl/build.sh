# Jim Tcl 0.81, sourced by mk/appbuild.sh: upstream's autosetup configure
# (its defaults) and make build jimsh in OBJ; its objects are the ones
# uklink links. The test suite (tests/*.test) is read from the source tree.
cd "$OBJ"
run_logged "$SRC/configure" CC="$CC"
run_logged make jimsh
# The objects of upstream's link line: libjim.a's members, then jimsh.o
# and initjimsh.o (the order of its OBJS).
objs=$(sed -n '/^OBJS :=/,/[^\\]$/p' Makefile | sed 's/^OBJS :=//; s/\\$//' | tr -s ' \n' ' ')
# shellcheck disable=SC2086
prog jimsh $(for o in $objs; do echo "${o%.o}"; done) jimsh initjimsh
cd "$out"

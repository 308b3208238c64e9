#!/bin/sh
# 83-gen-diff: the generated differential programs (tests/gen/py, written
# by tests/gen/make-set.sh from tests/gen/gen.py, python3's results beside
# them) through tests/20-differential.sh's machinery.
HV_DIFF_DIR="$TOP_SRCDIR/tests/gen/py"
export HV_DIFF_DIR
exec "${SHELL:-/bin/sh}" "$TOP_SRCDIR/tests/20-differential.sh"

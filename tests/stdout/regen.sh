#!/bin/sh
# Regenerate what python3 prints for tests/py's stdout programs (PROGRAMS
# below) in the two modes other than a file's block buffering, which
# tests/py/regen.sh covers:
#   NNN-name.unbuffered.out  PYTHONUNBUFFERED=1 (as python3 -u): write-through
#   NNN-name.tty.out         stdout a terminal (under script(1)): line-buffered,
#                            carriage returns dropped
# tests/21-stdout-modes.sh runs heapviz the same two ways against them.
set -u
PY=${PYTHON:-/usr/bin/python3}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/programs.sh"
cd "$here/../py" || exit 2
unset PYTHONMALLOC PYTHONMALLOCSTATS PYTHONTRACEMALLOC PYTHONDEVMODE PYTHONSTARTUP PYTHONUNBUFFERED 2>/dev/null
PYTHONHASHSEED=0 LC_ALL=C.UTF-8
export PYTHONHASHSEED LC_ALL
for name in $PROGRAMS; do
	PYTHONUNBUFFERED=1 "$PY" "$name.py" </dev/null >"$here/$name.unbuffered.out" || exit 2
	script -qec "$PY $name.py" /dev/null </dev/null | tr -d '\r' >"$here/$name.tty.out" || exit 2
done

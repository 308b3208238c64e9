#!/bin/sh
# Regenerates what python3 prints for each program here read from stdin
# (`python3 - <NAME.py`): NAME.out (stdout), NAME.err (the whole stderr:
# its file names are "<stdin>" whatever the folder), NAME.rc.  The judge is
# /usr/bin/python3; set $PYTHON to use another.  tests/92-stdin.sh compares
# `heapviz run - <NAME.py` with them.
set -u
PY=${PYTHON:-/usr/bin/python3}
cd "$(dirname "$0")" || exit 2
PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8
export PYTHONHASHSEED PYTHONDONTWRITEBYTECODE LC_ALL
# heapviz models python3's stdout as `python3 -u` has it (write-through:
# each write flushed at once); without it, python3 keeps unflushed text
# in a list that holds a reference to each printed str (README, Not yet).
PYTHONUNBUFFERED=1
export PYTHONUNBUFFERED
for prog in *.py; do
	base=${prog%.py}
	"$PY" - <"$prog" >"$base.out" 2>"$base.err"
	printf '%s\n' "$?" >"$base.rc"
done

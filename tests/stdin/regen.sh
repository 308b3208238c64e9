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
# python3 as a person runs it: stdout (a file here) block-buffered, its
# TextIOWrapper keeping unflushed text in a list that holds each printed
# str. The harnesses run heapviz the same way (PYTHONUNBUFFERED unset,
# stdout a file), and heapviz models that buffer (heap/textio.c).
unset PYTHONUNBUFFERED
for prog in *.py; do
	base=${prog%.py}
	"$PY" - <"$prog" >"$base.out" 2>"$base.err"
	printf '%s\n' "$?" >"$base.rc"
done

#!/bin/sh
# Regenerate the expected per-class block deltas of the constructions:
#   ./regen.sh               every NN-*.py here
#   ./regen.sh 05-x.py ...   only these
# The judge is /usr/bin/python3 (set $PYTHON for another interpreter).
set -u
PY=${PYTHON:-/usr/bin/python3}
cd "$(dirname "$0")" || exit 2
unset PYTHONMALLOC PYTHONMALLOCSTATS PYTHONTRACEMALLOC PYTHONDEVMODE PYTHONSTARTUP 2>/dev/null
PYTHONHASHSEED=0 LC_ALL=C.UTF-8
export PYTHONHASHSEED LC_ALL
# python3 as a person runs it: stdout (a file here) block-buffered, its
# TextIOWrapper keeping unflushed text in a list that holds each printed
# str. The harnesses run heapviz the same way (PYTHONUNBUFFERED unset,
# stdout a file), and heapviz models that buffer (heap/textio.c).
unset PYTHONUNBUFFERED
[ $# -eq 0 ] && set -- [0-9][0-9]-*.py
status=0
for arg in "$@"; do
	prog=${arg##*/}
	sh ./blockdelta.sh "$PY" "$prog" >"${prog%.py}.blocks" || status=2
done
exit $status

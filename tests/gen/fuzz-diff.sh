#!/bin/sh
# fuzz-diff.sh — differential fuzzing: fresh programs from gen.py through
# python3 and `heapviz run`, compared as tests/20-differential.sh compares
# them (stdout, last line of stderr, exit status).  `make fuzz-diff` runs it.
#
#   fuzz-diff.sh [-n N] [-s FIRST_SEED] [-f FEATURES] [-m STMTS] [-k KEEP_DIR]
#
# N programs (default 200) of STMTS statements each (gen.py's --stmts;
# default: gen.py's own) from seeds FIRST_SEED.. (default: from the
# clock, printed so a run can be repeated).  Prints a diff for each
# mismatch and a summary; with -k, mismatching programs are kept in
# KEEP_DIR as SEED.py.  Exit status 1 if any program mismatched.
# Needs python3 (the judge) and $HEAPVIZ (default ./heapviz).
set -u
n=200 seed=$(date +%s) feats="" stmts="" keep=""
while getopts n:s:f:m:k: o; do
	case $o in
	n) n=$OPTARG ;; s) seed=$OPTARG ;; f) feats=$OPTARG ;; m) stmts=$OPTARG ;; k) keep=$OPTARG ;;
	*) echo "usage: fuzz-diff.sh [-n N] [-s SEED] [-f FEATURES] [-m STMTS] [-k DIR]" >&2; exit 2 ;;
	esac
done
here=$(cd "$(dirname "$0")" && pwd)
HEAPVIZ=$(cd "$(dirname "${HEAPVIZ:-./heapviz}")" && pwd)/$(basename "${HEAPVIZ:-./heapviz}")
PY=${PYTHON:-/usr/bin/python3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-fuzzdiff.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
[ -n "$keep" ] && mkdir -p "$keep"
PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8
export PYTHONHASHSEED PYTHONDONTWRITEBYTECODE LC_ALL
# python3 as a person runs it: stdout (a file here) block-buffered, its
# TextIOWrapper keeping unflushed text in a list that holds each printed
# str. The harnesses run heapviz the same way (PYTHONUNBUFFERED unset,
# stdout a file), and heapviz models that buffer (heap/textio.c).
unset PYTHONUNBUFFERED
# python3 with address-space randomization off where setarch can turn it off:
# Debian's python3 is not position-independent and its brk heap starts anywhere
# in the GiB above its data, so in about 1 run of 75 a class's address passes
# 2**30 and every int made of it (id(), tp_subclasses keys) takes 32 bytes
# instead of 28: tracemalloc's figures change from run to run (heapviz models
# the usual one-digit address).
judge=""
setarch -R true 2>/dev/null && judge="setarch -R"
echo "fuzz-diff: $n programs from seed $seed${feats:+ (features $feats)}${stmts:+ ($stmts statements)}"
bad=0 i=0
while [ $i -lt "$n" ]; do
	s=$((seed + i))
	i=$((i + 1))
	"$PY" "$here/gen.py" "$s" ${feats:+--features "$feats"} ${stmts:+--stmts "$stmts"} >"$tmp/prog.py" || exit 2
	(cd "$tmp" && $judge "$PY" prog.py >want.out 2>want.err </dev/null; echo $? >want.rc)
	(cd "$tmp" && timeout 60 "$HEAPVIZ" run --no-record prog.py >got.out 2>got.err </dev/null; echo $? >got.rc)
	for w in want got; do tail -n 1 "$tmp/$w.err" >"$tmp/$w.last"; done
	if cmp -s "$tmp/want.out" "$tmp/got.out" && cmp -s "$tmp/want.last" "$tmp/got.last" &&
		cmp -s "$tmp/want.rc" "$tmp/got.rc"; then
		continue
	fi
	bad=$((bad + 1))
	echo "--- seed $s: python3 (<) and heapviz (>) differ"
	diff "$tmp/want.out" "$tmp/got.out" | head -n 8
	cmp -s "$tmp/want.last" "$tmp/got.last" ||
		echo "stderr: want '$(cat "$tmp/want.last")' got '$(cat "$tmp/got.last")'"
	cmp -s "$tmp/want.rc" "$tmp/got.rc" || echo "status: want $(cat "$tmp/want.rc") got $(cat "$tmp/got.rc")"
	[ -n "$keep" ] && cp "$tmp/prog.py" "$keep/$s.py"
done
echo "fuzz-diff: $bad of $n programs differ"
[ $bad -eq 0 ]

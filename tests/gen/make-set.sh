#!/bin/sh
# make-set.sh — (re)writes tests/gen/py, the generated programs make check
# runs (tests/83-gen-diff.sh), with python3's results beside them.
#
#   make-set.sh [FIRST LAST]                        seeds FIRST..LAST (default 1 300)
#   make-set.sh -f FEATURES [-m STMTS] FIRST LAST   a set of opt-in features
#
# Program NNN-gen is `gen.py NNN` with the default (safe) features; with
# -f, program SEED-TAG is `gen.py SEED --features FEATURES [--stmts
# STMTS]`, TAG being FEATURES with '+' for ','.  Each run rewrites only
# its own set (the other files stay).  Its .out, .err and .rc come from
# tests/py/regen.sh.  Seeds heapviz does not match yet are left out and
# listed on stderr with the first difference: report them (one minimal
# program per cause) rather than committing them.
set -u
feats="" stmts=""
while getopts f:m: o; do
	case $o in
	f) feats=$OPTARG ;; m) stmts=$OPTARG ;;
	*) echo "usage: make-set.sh [-f FEATURES [-m STMTS]] [FIRST LAST]" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
here=$(cd "$(dirname "$0")" && pwd)
first=${1:-1} last=${2:-300}
HEAPVIZ=${HEAPVIZ:-$here/../../heapviz}
out=$here/py
tag=gen
[ -n "$feats" ] && tag=$(echo "$feats" | tr , +)
mkdir -p "$out"
rm -f "$out"/[0-9]*-"$tag".*
s=$first
while [ "$s" -le "$last" ]; do
	name=$(printf %03d "$s")-$tag.py
	python3 "$here/gen.py" "$s" ${feats:+--features "$feats"} ${stmts:+--stmts "$stmts"} >"$out/$name" || exit 2
	s=$((s + 1))
done
REGEN_DIR=$out REGEN_GLOB="[0-9]*-$tag.py" "$here/../py/regen.sh" || exit 2
dropped=0
for p in "$out"/[0-9]*-"$tag".py; do
	b=${p%.py}
	# python3 itself must agree with itself: an identity test can depend on
	# where the host's malloc puts things (seen: gen.py 202).
	if ! (cd "$out" && unset PYTHONUNBUFFERED && PYTHONHASHSEED=0 LC_ALL=C.UTF-8 "${PYTHON:-/usr/bin/python3}" "${p##*/}" 2>/dev/null </dev/null |
		cmp -s - "$b.out"); then
		echo "make-set.sh: left out ${p##*/}: python3 is not deterministic on it" >&2
		rm -f "$b".*
		dropped=$((dropped + 1))
		continue
	fi
	(cd "$out" && timeout 60 "$HEAPVIZ" run --no-record "${p##*/}" >"$b.got" 2>"$b.gerr" </dev/null)
	rc=$?
	if cmp -s "$b.out" "$b.got" &&
		"$here/../py/errfilter.sh" "$(cd "$out" && pwd -P)" <"$b.gerr" | cmp -s - "$b.err" &&
		[ "$rc" = "$(cat "$b.rc")" ]; then
		rm -f "$b.got" "$b.gerr"
		continue
	fi
	echo "make-set.sh: left out ${p##*/}: $(diff "$b.out" "$b.got" | head -n 4 | tr '\n' ' ')" >&2
	rm -f "$b".*
	dropped=$((dropped + 1))
done
echo "make-set.sh: $(ls "$out"/[0-9]*-"$tag".py | wc -l) $tag programs, $dropped left out" >&2

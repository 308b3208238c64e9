#!/bin/sh
# 13-parse-diff — the front end against python3, file by file.
#
# For every tests/parse/NAME.py, runs $PARSE_DUMP NAME.py (tests/parse-dump:
# the parser and symbol table, printing ast.dump() or the error as python3
# prints it) and compares its output with tests/parse/NAME.dump, which
# tests/parse/regen.sh made from /usr/bin/python3 (CPython 3.11).
#
# TAP output.  Exits 77 (skip) when PARSE_DUMP is not set.
if [ -z "${PARSE_DUMP:-}" ]; then
	echo "1..0 # SKIP PARSE_DUMP is not set"
	exit 77
fi
case $PARSE_DUMP in
/*) ;;
*) PARSE_DUMP=$(pwd)/$PARSE_DUMP ;;
esac
dir=${TOP_SRCDIR:-$(dirname "$0")/..}/tests/parse
cd "$dir" || exit 1
out=$(mktemp) || exit 1
trap 'rm -f "$out"' EXIT
n=0
failed=0
for f in *.py; do
	n=$((n + 1))
	if "$PARSE_DUMP" "$f" > "$out" 2>&1 && cmp -s "$out" "${f%.py}.dump"; then
		echo "ok $n - $f"
	else
		echo "not ok $n - $f"
		diff "${f%.py}.dump" "$out" | head -6 | cut -c1-200 | sed 's/^/# /'
		failed=$((failed + 1))
	fi
done
echo "1..$n"
[ "$failed" -eq 0 ]

#!/bin/sh
# blockdelta.sh RUNNER CONSTRUCTION.py — the change in "blocks in use" per
# size class that CONSTRUCTION.py causes, as `size delta` lines (nonzero
# deltas only, by size), with RUNNER being `python3` or `heapviz run
# --no-record`.
#
# The construction runs between sys._debugmallocstats() tables, after a
# full collection (which empties CPython's free lists, as heapviz's start
# empty) and one slicing (CPython's one-slice cache is full after start-up
# and survives collections; heapviz's starts empty).  A null step (two tables with nothing between) measures what the
# harness itself costs; it is subtracted, so only the construction counts:
#   delta = (table3 - table2) - (table2 - table1)
# Exit status: the runner's, or 3 if the tables are missing.
set -u
runner=$1
src=$2
tmp=${TMPDIR:-/tmp}/hv-blocks.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
{
	printf 'import sys, gc\n_w = []\n_w[0:0]\ndel _w\ngc.collect()\n'
	printf 'sys._debugmallocstats()\nsys._debugmallocstats()\n'
	cat "$src"
	printf '\nsys._debugmallocstats()\n'
} >"$tmp/prog.py"
(cd "$tmp" && $runner prog.py >/dev/null 2>"$tmp/err" </dev/null)
rc=$?
[ "$rc" -eq 0 ] || { tail -n 1 "$tmp/err" >&2; exit "$rc"; }
awk '
/^Small block threshold/ { t++ }
/^ *[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ *$/ && t >= 1 && t <= 3 { use[t, $2] = $4; sizes[$2] = 1 }
END {
	if (t < 3) exit 3
	for (s in sizes) {
		d = (use[3, s] - use[2, s]) - (use[2, s] - use[1, s])
		if (d != 0) printf "%d %d\n", s, d
	}
}' "$tmp/err" | sort -n

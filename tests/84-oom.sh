#!/bin/sh
# 84-oom: the host running out of memory at every allocation site of a
# short `heapviz run` (heap/hv.h's fault hook).  A clean run lists where
# allocations come from (HEAPVIZ_ALLOC_TRACE); then, for each site, a run
# fails its first allocation there (HEAPVIZ_FAIL_ALLOC).  Each must end
# with exit status 3 and exactly one line on stderr, "heapviz: out of
# host memory" (no sanitizer report, no crash).  When `run` records, the
# database must then open and list the session: interrupted, or complete
# with every step and event of the clean run when the failing allocation
# came after the recording ended (the writer thread allocates too, so the
# Nth allocation is not the same one in every run).
# The front end (lex, parse, ast, symtable), the numeric core and SQLite
# allocate outside hv_malloc: their failures take the same exit, untested here.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-84.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/prog.py" <<'PY'
import sys, gc
class Node:
    def __init__(self, n):
        self.n = n
        self.me = self
nodes = [Node(i) for i in range(40)]
d = {str(i): [i] * 3 for i in range(60)}
print(len(nodes), sys.getsizeof(d), sys.getrefcount(nodes))
del nodes
print(gc.collect())
s = "-".join(str(i) for i in range(30))
print(s[:20], 2 ** 100)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
PY
# Leaks are expected when the process exits in the middle of everything.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
db=$tmp/s.db
(cd "$tmp" && HEAPVIZ_ALLOC_TRACE="$tmp/trace" "$HEAPVIZ" run --db "$db" prog.py >want.out 2>want.err)
expect "a clean run" 0 $?
awk '!seen[$2]++ { print $1 }' "$tmp/trace" >"$tmp/firsts"
nsites=$(wc -l <"$tmp/firsts")
echo "# $(wc -l <"$tmp/trace") host allocations from $nsites sites"
ok "allocations were traced" test "$nsites" -gt 10
# A line of `heapviz sessions`: its steps and events.
counts() {
	awk '{ print $(NF - 2), $(NF - 1) }'
}
recorded=no
"$HEAPVIZ" sessions --db "$db" >"$tmp/list" 2>&1 && recorded=yes
whole=$(sed 1d "$tmp/list" | counts)
echo "# run records a session: $recorded"

i=0
while read -r k; do
	i=$((i + 1))
	rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
	(cd "$tmp" && HEAPVIZ_FAIL_ALLOC=$k "$HEAPVIZ" run --db "$db" prog.py >out 2>err)
	rc=$?
	why=""
	[ $rc -eq 3 ] || why="status $rc"
	[ "$(cat "$tmp/err")" = "heapviz: out of host memory" ] || why="$why stderr '$(head -c 300 "$tmp/err")'"
	if [ $recorded = yes ] && [ -f "$db" ]; then
		"$HEAPVIZ" sessions --db "$db" >"$tmp/list" 2>&1 || why="$why db: $(head -n 1 "$tmp/list")"
		if [ "$(sed 1d "$tmp/list" | wc -l)" -gt 0 ]; then
			last=$(tail -n 1 "$tmp/list")
			case $last in
			*interrupted) ;;
			*complete) [ "$(echo "$last" | counts)" = "$whole" ] ||
				why="$why complete but not whole (want $whole): $last" ;;
			*) why="$why session neither interrupted nor complete: $last" ;;
			esac
		fi
	fi
	expect "allocation $k (site $i of $nsites) fails cleanly" "" "$why"
done <"$tmp/firsts"
done_testing

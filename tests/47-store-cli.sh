#!/bin/sh
# 47-store-cli: the commands that read sessions, end to end on a session
# the recorder (tests/42-session.test) made: sessions, stats at a step
# (compared with the allocator's own _debugmallocstats at that step), diff
# by type and by line, export as JSON and DOT, and their errors.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

rec=${HEAPVIZ%/*}/tests/42-session.test
if [ ! -x "$rec" ]; then
	echo "1..0 # SKIP the recorder (tests/42-session.test) needs cmocka"
	exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-47.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
db=$tmp/s.db
mkdir "$tmp/expect"
"$rec" record "$db" 40 1 "$tmp/expect" >/dev/null || exit 1

run() {
	"$HEAPVIZ" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}

run sessions --db "$db"
expect "sessions exits 0" 0 $rc
ok "sessions has a header" grep -q '^ *id  name  *date  *steps  *events  status$' "$tmp/out"
ok "sessions lists the session" grep -q '^ *1  prog.py .* 40  .* complete$' "$tmp/out"
HEAPVIZ_DB=$db "$HEAPVIZ" sessions >"$tmp/out2" 2>&1
ok "HEAPVIZ_DB is the default database" cmp -s "$tmp/out" "$tmp/out2"

for k in 1 7 20 40; do
	run stats --db "$db" --session 1 --at $k
	ok "stats at step $k is the allocator's own" cmp -s "$tmp/out" "$tmp/expect/$k.stats"
done
run stats --db "$db"
ok "stats defaults to the latest session's end" cmp -s "$tmp/out" "$tmp/expect/40.stats"
run stats --db "$db" --at half
expect "stats at a snapshot name" 0 $rc

run diff --db "$db" 1 end
expect "diff exits 0" 0 $rc
ok "diff names the range" grep -q '^session 1 "prog.py": 1 (event [0-9]*) -> end (event [0-9]*)$' "$tmp/out"
ok "diff by type uses the recorded type names" grep -Eq '^(int|float|str|tuple|list|dict|Point): size=' "$tmp/out"
ok "diff by line names script lines" grep -Eq '^prog\.py:[0-9]+: size=[0-9.]+ [KMG]?i?B \([+-][0-9.]+ [KMG]?i?B\), count=[0-9]+ \([+-][0-9]+\)' "$tmp/out"
ok "diff sorts the largest differences first" sh -c '
	sed -n "/^By line/,\$p" "$1" | sed -n "s/.*size=[^(]*(\([+-][0-9.]*\) \([KMG]*\)i*B).*/\1 \2/p" |
	awk "{ v = \$1 < 0 ? -\$1 : \$1; if (\$2 == \"K\") v *= 1024; if (\$2 == \"M\") v *= 1048576;
	       if (NR > 1 && v > last + 0.5) bad = 1; last = v } END { exit bad }"' x "$tmp/out"
run diff --db "$db" end 1
expect "diff backwards exits 0" 0 $rc
run diff --db "$db" half half
ok "diff of a snapshot with itself: no differences" sh -c '[ $(grep -c "^no differences$" "$1") -eq 2 ]' x "$tmp/out"

run export --db "$db" --at 20 --format json
expect "export json exits 0" 0 $rc
if command -v python3 >/dev/null 2>&1; then
	ok "export json is valid JSON in the documented shape" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["format"] == "heapviz-heap" and d["version"] == 1
assert d["session"]["name"] == "prog.py" and d["at"]["step"] == 20
assert d["geometry"]["pool_size"] == 16384
assert d["arenas"] and d["arenas"][0]["pools"][0]["blocks"]
assert all(o["refcount"] >= 1 for o in d["objects"])
names = {o["type"] for o in d["objects"]}
assert names <= {"int", "float", "str", "tuple", "list", "dict", "Point"}, names
addrs = {o["address"] for o in d["objects"]}
assert all(r["to"] in addrs for r in d["references"])
assert len(d["frames"]) == 1
used = sum(len(p["blocks"]) for a in d["arenas"] for p in a["pools"])
assert used + len(d["raw_blocks"]) == d["stats"]["allocated_blocks"], (used, d["stats"])
' "$tmp/out"
fi
run export --db "$db" --format dot
expect "export dot exits 0" 0 $rc
ok "export dot is a digraph" sh -c 'head -n 1 "$1" | grep -q "^digraph heap {$" && tail -n 1 "$1" | grep -q "^}$"' x "$tmp/out"
ok "export dot labels objects with type and refcount" grep -Eq 'label="(list|dict|int|str|float|tuple|Point) rc=[0-9]+' "$tmp/out"
if command -v dot >/dev/null 2>&1; then
	ok "graphviz reads it" sh -c 'dot -Tplain "$1" >/dev/null' x "$tmp/out"
fi

# errors: one line, exit 2
bad() {
	name=$1 want=$2
	shift 2
	run "$@"
	expect "$name: exit 2" 2 $rc
	expect "$name: one line" 1 "$(wc -l <"$tmp/err" | tr -d ' ')"
	ok "$name: says '$want'" grep -F -q -- "$want" "$tmp/err"
}
bad "no such session" "no session 9" stats --db "$db" --session 9
bad "not a session id" "'x' is not a session id" stats --db "$db" --session x
bad "no such step" "has no step or snapshot '999' (a step is 0 to" stats --db "$db" --at 999
bad "no such snapshot" "no step or snapshot 'nope'" export --db "$db" --at nope --format json
bad "diff to nowhere" "no step or snapshot 'nope'" diff --db "$db" 1 nope
done_testing

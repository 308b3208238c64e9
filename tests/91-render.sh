#!/bin/sh
# 91-render: `heapviz render` — one screen of a recorded session as plain
# text: the default layout or one view, at a step or a snapshot, sizes,
# themes (and a bad theme file named with its line), NO_COLOR, a non-UTF-8
# locale (ASCII stand-ins), and one-line errors for bad views, steps,
# sessions and databases.  The session comes from the store's recorder
# (tests/42-session.test record: 40 steps, a snapshot "half").
. "${TOP_SRCDIR:-.}/tests/tap.sh"

rec=${HEAPVIZ%/*}/tests/42-session.test
if [ ! -x "$rec" ]; then
	echo "1..0 # SKIP the recorder (tests/42-session.test) needs cmocka"
	exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-render.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
LC_ALL=C.UTF-8; export LC_ALL
unset NO_COLOR
db=$tmp/s.db
"$rec" record "$db" 40 1 >/dev/null || exit 1
HEAPVIZ_DB=$db; export HEAPVIZ_DB

run() {
	"$HEAPVIZ" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	err=$(cat "$tmp/err")
}

run render
expect "render exits 0" 0 "$rc"
expect "default size: 40 rows" 40 "$(wc -l <"$tmp/out" | tr -d ' ')"
expect "no line wider than 120 columns" 120 "$(wc -L <"$tmp/out" | tr -d ' ')"
ok "the default layout: the program panel has the focus" grep -q '^━▶ 1 program ━' "$tmp/out"
ok "the heap map is in it" grep -q '^Heap · cpython-3.11' "$tmp/out"
ok "the status line: the latest session's end" grep -q '^ step 40/40  event [0-9]*/[0-9]*  ‖ 1x  session 1 "prog.py"  replay' "$tmp/out"
ok "the narration line" grep -q '^ » line [0-9]*: ' "$tmp/out"
run render --view heap --size 80x24
expect "--size 80x24: 24 rows" 24 "$(wc -l <"$tmp/out" | tr -d ' ')"
ok "--view heap: maximised" grep -q '^━▶ 2 heap map ━' "$tmp/out"
ok "--view heap: the arenas box" grep -q '^┌─ arenas ─' "$tmp/out"
cp "$tmp/out" "$tmp/first"
run render --view heap --size 80x24
ok "render is deterministic" cmp -s "$tmp/first" "$tmp/out"
run render --session 1 --at 7 --view stats --size 100x30
ok "--at 7: step 7" grep -q '^ step 7/40 ' "$tmp/out"
ok "--view stats: the _debugmallocstats table" grep -q '^ class   size   num pools   blocks in use  avail blocks' "$tmp/out"
"$HEAPVIZ" stats --session 1 --at 7 | sed -n 3p >"$tmp/stats-line"
ok "--view stats: the same numbers as heapviz stats" grep -qF "$(cat "$tmp/stats-line")" "$tmp/out"
run render --at half --view timeline --size 100x30
expect "--at a snapshot name" 0 "$rc"
ok "--view timeline: a row per step, the current one marked" grep -q '^▶ *[0-9]*  line [0-9]' "$tmp/out"
run render --at 20 --view program --size 100x30
ok "--view program: maximised" grep -q '^━▶ 1 program ━' "$tmp/out"
ok "--view program: memory per line beside the source (the line profiler)" grep -Eq '^[ ▶] +[0-9]+ +\+[0-9.]+K? .*│ ' "$tmp/out"
run render --at 20 --view gc --size 100x30
ok "--view gc: maximised" grep -q '^━▶ 4 collector ━' "$tmp/out"
ok "--view gc: the generations" grep -q '│ gen 0 ' "$tmp/out"
run render --at 99
expect "a step past the end: exit 2" 2 "$rc"
want="heapviz: $db: session 1 has no step or snapshot '99' (a step is 0 to 40 or \`end\`; snapshots: half)"
expect "a step past the end: message" "$want" "$err"
# A STEP that names nothing: every command words it the same way (one
# function, ui/store_cmds.c), whichever option carried it.
for at in 99 nope; do
	want="heapviz: $db: session 1 has no step or snapshot '$at' (a step is 0 to 40 or \`end\`; snapshots: half)"
	for cmd in "render --at" "stats --at" "export --format json --at" "export --format dot --at" \
		"export --format asciicast --at" "diff 0" "diff half"; do
		# shellcheck disable=SC2086 # $cmd is a list of words
		run $cmd "$at"
		expect "$cmd $at: exit 2" 2 "$rc"
		expect "$cmd $at: the one message" "$want" "$err"
	done
	run diff "$at" end
	expect "diff $at end: the one message" "$want" "$err"
done
run render --session 7
expect "no such session: exit 2" 2 "$rc"
ok "no such session: one line" test "$(wc -l <"$tmp/err")" -eq 1
run render --db "$tmp/none/x.db"
expect "no database: exit 2" 2 "$rc"
run render --size 30x10
ok "too small says so" grep -q 'terminal too small' "$tmp/out"
ok "too small says what it needs" grep -q '(need 80x24)' "$tmp/out"
run render --size 79x30
ok "one column short: the same, on one line" grep -q 'terminal too small (need 80x24)' "$tmp/out"
run render --view graph
if [ "$rc" -eq 0 ]; then
	ok "--view graph: maximised" grep -q '3 object graph' "$tmp/out"
else
	case $err in
	"heapviz: render: view 'graph' is not available yet (available: program, heap"*) pass=true ;;
	*) pass=false ;;
	esac
	ok "--view graph before it is built: says which views are" $pass
fi
run render --view nope
expect "unknown view: message" "heapviz: render: unknown view 'nope' (views: program heap graph gc stats timeline)" "$err"
run render --theme presenter --size 80x24
expect "--theme presenter" 0 "$rc"
run render --theme nosuch
expect "unknown theme: exit 2" 2 "$rc"
expect "unknown theme: message" "heapviz: unknown theme 'nosuch' (built in: default, presenter, mono)" "$err"
printf 'theme bad\n# a comment\nrole text fg=purple\n' >"$tmp/bad.theme"
run render --theme "$tmp/bad.theme"
expect "bad theme file: exit 2" 2 "$rc"
expect "bad theme file: file and line" "heapviz: $tmp/bad.theme:3: unknown colour 'purple' (define it with a colour line first)" "$err"
NO_COLOR=1 "$HEAPVIZ" render --view heap --size 80x24 >"$tmp/mono"
ok "NO_COLOR: the glyphs still tell pools apart" grep -q '[█▓▒░]' "$tmp/mono"
LC_ALL=C "$HEAPVIZ" render --view heap --size 80x24 >"$tmp/ascii"
ok "C locale: ASCII only" sh -c "! LC_ALL=C grep -q '[^ -~]' '$tmp/ascii'"
ok "C locale: boxes in ASCII" grep -q '^+- arenas -' "$tmp/ascii"

# The steps of loops, on the timeline: a for loop's every next round is a
# step at its head (the next item bound to i there, the iterator freed at
# the end), as a while loop's test is
cat >"$tmp/loop.py" <<'EOF'
names = []
for i in range(1000, 1003):
    names.append(str(i))
total = 0
while total < 3:
    total += 1
print(names, total)
EOF
"$HEAPVIZ" run --db "$tmp/loop.db" "$tmp/loop.py" >/dev/null
run render --db "$tmp/loop.db" --view timeline --at 1 --size 100x40
lines=$(sed -n 's/^[ ▶]*[0-9][0-9]*  line \([0-9]*\): .*/\1/p' "$tmp/out" | tr '\n' ' ')
expect "loops: a step at the head of each round" "1 2 3 2 3 2 3 2 4 5 6 5 6 5 6 5 7 " "$lines"
ok "the script's end: a step of its own, last" sh -c "grep -v '^ *[0-9]* steps' '$tmp/out' | grep '^[ ▶]*[0-9][0-9]*  ' | tail -1 | grep -q '  end of the script'"
"$HEAPVIZ" export --db "$tmp/loop.db" --format asciicast --size 100x30 >"$tmp/loop.cast"
ok "the script's end in a cast's status line" grep -q 'step 18/18  the end of the script  session 1' "$tmp/loop.cast"
ok "loops: the head makes the next int (tracemalloc's line too)" \
	grep -qE '^ +4  line 2: for i in range\(1000.* +\+32 +-32 ' "$tmp/out"
run render --db "$tmp/loop.db" --at 4 --size 160x40
ok "loops: the head's sentence tells the new int and the old one's end" \
	grep -q '^ » line 2: int created (28 bytes by sys.getsizeof) in a 32-byte block of pool [0-9]* of arena 0; int freed: refcount fell to 0$' "$tmp/out"
run render --db "$tmp/loop.db" --at 4 --size 100x40
ok "loops: on a narrower screen where the new int's block is goes first" \
	grep -q '^ » line 2: int created (28 bytes by sys.getsizeof); int freed: refcount fell to 0 \[…\]$' "$tmp/out"

done_testing

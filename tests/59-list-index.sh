#!/bin/sh
# 59-list-index: a list's references carry their index.  After insert,
# pop, sort and reverse the graph rows read "[0] 5", "[1] 'a'"… in the
# list's order — the same in a live session (both terminal backends, in a
# pseudo-terminal emulated by libvterm, stepping forwards and back over the
# moves) as in its replay (`render`) — the narration says which items
# moved, and export labels each reference with its index.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

. "${TOP_SRCDIR:-.}/tests/vtscreen.sh"
vt_begin 59
# rows FILE ROW…: every ROW is a box row of FILE (the selected box is heavy)
rows() {
	f=$1
	shift
	for r in "$@"; do
		grep -qF "│ $r " "$f" || grep -qF "┃ $r " "$f" || { echo "# no row '$r'"; return 1; }
	done
}
cat >prog.py <<'EOF2'
x = ['a', 'b', 'c']
x.insert(0, 5)
y = x.pop(2)
x.sort(key=str, reverse=True)
x.reverse()
del x[0]
EOF2
# What python3 prints for the list after each line (the rows must agree).
after_2="[0] 5|[1] 'a'|[2] 'b'|[3] 'c'"
after_3="[0] 5|[1] 'a'|[2] 'c'"
after_4="[0] 'c'|[1] 'a'|[2] 5"
after_5="[0] 5|[1] 'a'|[2] 'c'"
after_6="[0] 'a'|[1] 'c'"
# has STEP FILE: the rows after line STEP
has() {
	eval "want=\$after_$1"
	IFS='|'
	# shellcheck disable=SC2086
	set -- "$2" $want
	unset IFS
	rows "$@"
}

HEAPVIZ_DB=run.db "$HEAPVIZ" run prog.py >/dev/null
for s in 2 3 4 5 6; do
	HEAPVIZ_DB=run.db "$HEAPVIZ" render --at $s --view graph --size 120x40 >r$s
	ok "replay: rows after line $s" has $s r$s
done
ok "replay: no 'items' row left" sh -c '! grep -q "│ items " r2'
ok "replay: the insert is narrated" grep -qF 'items 0-2 moved to 1-3' r2
ok "replay: the pop is narrated" grep -qF 'item 3 moved to 2' r3
ok "replay: the reverse is narrated" grep -qF 'items 0-2 reversed' r5
HEAPVIZ_DB=run.db "$HEAPVIZ" export --at 3 --format json >j
ok "export json: the list's references by index" \
	sh -c "grep -q '\"label\": 2, \"count\": 1, \"value\": \"'\"'c'\"'\"}' j"
HEAPVIZ_DB=run.db "$HEAPVIZ" export --at 3 --format dot >g
ok "export dot: an index as the edge label" grep -q 'label="2"\]' g

for b in $backends; do
	# step 4, the graph; then forwards to 5 and back to 4, then to 6 and back
	"$VT" -w -s 120x40 -k '~g4<Enter>~3~n~p~g6<Enter>~p~q' -- "$HEAPVIZ" --ui "$b" --db "$b.db" prog.py \
		>"$b.live" 2>"$b.err"
	rc=$?
	[ "$rc" -eq 77 ] && { echo "1..0 # SKIP no pseudo-terminal here"; exit 0; }
	frame "$b.live" 3 >f4
	ok "$b: live rows after line 4" has 4 f4
	frame "$b.live" 4 >f5
	ok "$b: live rows after line 5 (a step forwards)" has 5 f5
	frame "$b.live" 5 >b4
	ok "$b: live rows after line 4 again (a step back over the reverse)" has 4 b4
	frame "$b.live" 6 >f6
	ok "$b: live rows after line 6" has 6 f6
	frame "$b.live" 7 >b5
	ok "$b: a step back over del x[0]" has 5 b5
	"$HEAPVIZ" render --db "$b.db" --at 4 --view graph --size 120x40 >rb4
	ok "$b: its replay's rows as live" has 4 rb4
done
done_testing

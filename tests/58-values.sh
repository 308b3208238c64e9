#!/bin/sh
# 58-values: objects outside the simulated heap (small ints, None, True,
# one-character strings, the empty tuple) show their value where a program
# holds them, a str as repr() writes it (a C1 control character escaped,
# not sent to the terminal): graph rows ("[0] 5", "x = 5", "1: None"), the narration
# ("x = 5 (a static object…"), export --format json ("value") and dot (a
# plain-text node) — the same in a live session (both terminal backends,
# in a pseudo-terminal emulated by libvterm) as in its replay (the values
# the program used are recorded with the session).
. "${TOP_SRCDIR:-.}/tests/tap.sh"

. "${TOP_SRCDIR:-.}/tests/vtscreen.sh"
vt_begin 58
# has_row ROW FILE: a box row (the selected box is drawn heavy)
has_row() {
	grep -qF "│ $1 " "$2" || grep -qF "┃ $1 " "$2"
}
cat >prog.py <<'EOF2'
pair = (5, 'h', None)
d = {1: True, 'k': (), '\x85': 0}
x = 5
def f(a):
    b = -3
    return [a, b]
r = f(7)
EOF2

for b in $backends; do
	db=$b.db
	"$VT" -w -s 120x40 -k '~g3<Enter>~3~q' -- "$HEAPVIZ" --ui "$b" --db "$db" prog.py >"$b.live" 2>"$b.err"
	rc=$?
	[ "$rc" -eq 77 ] && { echo "1..0 # SKIP no pseudo-terminal here"; exit 0; }
	frame "$b.live" 3 >live
	for row in '[0] 5' "[1] 'h'" '[2] None' '1: True' "'k': ()" "'\\x85': 0" 'x = 5'; do
		ok "$b: live graph row '$row'" has_row "$row" live
	done
	ok "$b: no (static) row left" sh -c '! grep -q "(static)" live'
	ok "$b: the narration says x = 5" grep -qF '» line 3: x = 5 (a static object: no memory allocated' live
	"$HEAPVIZ" render --db "$db" --at 3 --view graph --size 120x40 >replay
	for row in '[0] 5' "[1] 'h'" '[2] None' '1: True' "'k': ()" 'x = 5'; do
		ok "$b: replay graph row '$row'" has_row "$row" replay
	done
	ok "$b: replay narration as live" grep -qF '» line 3: x = 5 (a static object: no memory allocated' replay
done

HEAPVIZ_DB=run.db "$HEAPVIZ" run prog.py >/dev/null
HEAPVIZ_DB=run.db "$HEAPVIZ" render --at 6 --view graph --size 120x40 >infunc
ok "a frame's locals: a = 7" has_row 'a = 7' infunc
ok "a frame's locals: b = -3" has_row 'b = -3' infunc
HEAPVIZ_DB=run.db "$HEAPVIZ" export --at 3 --format json >j
ok "export json: a tuple item's value" grep -q '"label": 0, "count": 1, "value": "5"}' j
ok "export json: None" grep -q '"value": "None"}' j
HEAPVIZ_DB=run.db "$HEAPVIZ" export --at 3 --format dot >g
ok "export dot: a value as a plain-text node" grep -q '\[shape=plaintext, label="None"\]' g
ok "export dot: a dict's edge labelled by its key" grep -q 'label="k"\]' g
done_testing

#!/bin/sh
# 74-classroom: the classroom commands end to end — `heapviz demos`,
# `heapviz --demo NAME` (narrated text: the program's output plus "# "
# caption lines, recorded as session demo:NAME), and `heapviz export
# --format asciicast` of that session (checked with python3's json module
# when /usr/bin/python3 is there, and played by asciinema in a libvterm
# terminal when both are there; tests/72-asciicast checks it in C), and
# `render --present` (the presenter screen for handouts).
. "${TOP_SRCDIR:-.}/tests/tap.sh"

demos="$TOP_SRCDIR/assets/demos"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-74.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
HEAPVIZ_DB="$tmp/sessions.db"
export HEAPVIZ_DB
unset NO_COLOR

# ---- heapviz demos
"$HEAPVIZ" demos >"$tmp/list" 2>"$tmp/err"
expect "demos: exit 0, nothing on stderr" "0:" "$?:$(cat "$tmp/err")"
expect "demos: one line per assets/demos/*.py" "$(ls "$demos"/*.py | wc -l)" "$(wc -l <"$tmp/list")"
ok "demos: every line is a name and a description" \
	awk 'NF < 4 || $1 !~ /^[a-z][a-z-]*$/ { exit 1 }' "$tmp/list"
head -n 1 "$tmp/list" >"$tmp/first"
ok "demos: refcount is listed first" grep -q "^refcount " "$tmp/first"

# ---- heapviz --demo NAME
"$HEAPVIZ" --demo no-such >"$tmp/out" 2>"$tmp/err"
expect "--demo unknown: exit 2" 2 "$?"
expect "--demo unknown: one line" 1 "$(wc -l <"$tmp/err")"
ok "--demo unknown: the line lists the names" grep -q "^heapviz: unknown demo 'no-such' (demos: refcount, .*leak)$" "$tmp/err"
"$HEAPVIZ" --demo cycles prog.py >/dev/null 2>"$tmp/err"
expect "--demo with a script: exit 2" 2 "$?"

for d in refcount cycles pools; do
	"$HEAPVIZ" --demo "$d" >"$tmp/out" 2>"$tmp/err"
	expect "--demo $d: exit status as python3" "$(cat "$demos/$d.rc")" "$?"
	grep -v '^# ' "$tmp/out" >"$tmp/plain"
	ok "--demo $d: without the captions, python3's output" cmp -s "$tmp/plain" "$demos/$d.out"
	head -n 1 "$tmp/out" >"$tmp/first"
	ok "--demo $d: starts with its description" grep -q "^# heapviz demo $d: ." "$tmp/first"
	# every caption is printed, in the order of the file (each runs once here)
	{ echo "heapviz demo $d: $(sed -n 's/^#= *//p' "$demos/$d.py")"
	  sed -n 's/^[ \t]*#: *//p' "$demos/$d.py"; } | tr '\n' ' ' | tr -s ' ' >"$tmp/want"
	sed -n 's/^# //p' "$tmp/out" | tr '\n' ' ' | tr -s ' ' >"$tmp/got"
	ok "--demo $d: its description, then every caption, in order" cmp -s "$tmp/want" "$tmp/got"
done
"$HEAPVIZ" sessions >"$tmp/sessions"
ok "--demo records a session named demo:NAME" grep -q ' demo:pools ' "$tmp/sessions"
"$HEAPVIZ" export --session 2 --at 10 --format json >"$tmp/cycles.json"
ok "--demo records the names of types (replay says Person)" grep -q '"type": "Person"' "$tmp/cycles.json"
"$HEAPVIZ" render --session 2 --view program --at end >"$tmp/program"
ok "--demo records what the program printed (replay shows it)" grep -qF "$(tail -n 2 "$demos/cycles.out" | head -n 1)" "$tmp/program"
"$HEAPVIZ" --demo refcount --no-record >/dev/null
expect "--demo --no-record records nothing" 3 "$("$HEAPVIZ" sessions | grep -c ' demo:')"

# the demo's session is the program's, as `heapviz run` records it: the
# interpreter's shutdown (its last collections) is not part of it
"$HEAPVIZ" run "$demos/refcount.py" >/dev/null
"$HEAPVIZ" sessions >"$tmp/sessions"
expect "--demo records the steps and events heapviz run records" \
	"$(awk '$2 == "refcount.py" { print $(NF-2), $(NF-1) }' "$tmp/sessions")" \
	"$(awk '$2 == "demo:refcount" { print $(NF-2), $(NF-1); exit }' "$tmp/sessions")"

# ---- export --format asciicast
"$HEAPVIZ" export --session 2 --format asciicast --size 80x24 >"$tmp/cycles.cast" 2>"$tmp/err"
expect "asciicast: exit 0, nothing on stderr" "0:" "$?:$(cat "$tmp/err")"
ok "asciicast: the header first" grep -q '^{"version": 2, "width": 80, "height": 24, "timestamp": [0-9]*, "title": "heapviz: demo:cycles", "env": ' "$tmp/cycles.cast"
ok "asciicast: the narration is in it" grep -q 'A list that contains itself is the smallest cycle' "$tmp/cycles.cast"
ok "asciicast: collector phases are steps of their own" grep -q 'gc: subtract_refs' "$tmp/cycles.cast"
if [ -x /usr/bin/python3 ]; then
	/usr/bin/python3 - "$tmp/cycles.cast" >"$tmp/check" 2>&1 <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[-1] == "", "no newline at the end"
head = json.loads(lines[0])
assert head["version"] == 2 and head["width"] == 80 and head["height"] == 24
assert isinstance(head["timestamp"], int) and isinstance(head["env"], dict)
last = 0.0
for n, line in enumerate(lines[1:-1], 2):
    t, kind, data = json.loads(line)
    assert kind == "o" and isinstance(data, str), f"line {n}"
    assert t >= last, f"line {n}: time goes back"
    last = t
print("ok", len(lines) - 2)
PY
	ok "asciicast: python3's json reads every line" grep -q '^ok [0-9]' "$tmp/check"
fi
# a standard player: asciinema (Debian's package, installed by ./bootstrap)
# plays the cast in a libvterm terminal; its last screen is the last frame
VT=${HEAPVIZ%/*}/tests/vtscreen
if command -v asciinema >/dev/null 2>&1 && [ -x "$VT" ]; then
	"$HEAPVIZ" export --session 2 --format asciicast --size 80x24 --at 19 >"$tmp/at19.cast"
	LC_ALL=C.UTF-8 "$VT" -s 80x24 -q 400 -t 30000 -k '~' -- asciinema play -i 0.02 -s 50 "$tmp/at19.cast" \
		>"$tmp/played" 2>&1
	awk '/^# frame 1/{f=1; next} /^# exit=/{f=0} f && !/^#( |$)/' "$tmp/played" >"$tmp/screen"
	ok "asciinema play: the player ends normally" grep -q '^# exit=0 signal=0 ' "$tmp/played"
	head -n 1 "$tmp/screen" >"$tmp/row1"
	ok "asciinema play: the last frame's first row, not scrolled away" grep -q '^Heap · cpython-3.11 · 1 arena' "$tmp/row1"
	ok "asciinema play: its status row says step 19" grep -q '^ step 19/[0-9]*  line 23  session 2 "demo:cycles"' "$tmp/screen"
	ok "asciinema play: its narration, the caption of line 23" grep -q 'Deleting the names leaves each object' "$tmp/screen"
else
	echo "# asciinema or tests/vtscreen missing: the player check is skipped"
fi
"$HEAPVIZ" export --session 2 --format asciicast --at 3 >"$tmp/short.cast"
ok "asciicast --at 3: stops at step 3" grep -q 'step 3/' "$tmp/short.cast"
ok "asciicast --at 3: and goes no further" sh -c "! grep -q 'step 4/' '$tmp/short.cast'"
"$HEAPVIZ" export --format asciicast --size 30x5 >/dev/null 2>"$tmp/err"
expect "asciicast: too small a size is a usage error" "2:1" "$?:$(wc -l <"$tmp/err")"
"$HEAPVIZ" export --format asciicast --db "$tmp/none.db" >/dev/null 2>"$tmp/err"
expect "asciicast: no database, exit 2 and one line" "2:1" "$?:$(wc -l <"$tmp/err")"
"$HEAPVIZ" export --format asciicast --session 99 >/dev/null 2>"$tmp/err"
expect "asciicast: no such session, exit 2 and one line" "2:1" "$?:$(wc -l <"$tmp/err")"

# ---- render --present: the presenter screen for handouts (session 2: demo:cycles)
"$HEAPVIZ" render --session 2 --present --at 19 --size 100x30 >"$tmp/present" 2>"$tmp/err"
expect "render --present: exit 0, nothing on stderr" "0:" "$?:$(cat "$tmp/err")"
expect "render --present: 30 rows" 30 "$(wc -l <"$tmp/present")"
ok "render --present: the caption in bold in the box" grep -q '^┃ Deleting the names leaves each object with one reference' "$tmp/present"
ok "render --present: the box's title says the step, the line and its code" grep -q '^┏━ step 19/[0-9]* · line 23: del alice ━' "$tmp/present"
ok "render --present at 100x30: the graph alone, no program beside it" sh -c "grep -q '3 object graph' '$tmp/present' && ! grep -q '1 program' '$tmp/present'"
"$HEAPVIZ" render --session 3 --present --at 20 --size 80x24 >"$tmp/present-pools" 2>"$tmp/err"
expect "render --present 80x24 (pools): exit 0, 24 rows" "0:24" "$?:$(wc -l <"$tmp/present-pools")"
ok "render --present: pools plays on the heap map (#% view heap), in large cells" grep -q 'arenas · large cells' "$tmp/present-pools"
ok "render --present: the legend spells out the size classes" grep -q 'size class, blocks in use, how full' "$tmp/present-pools"
"$HEAPVIZ" render --session 2 --present --at 19 --size 120x40 >"$tmp/present-wide"
ok "render --present at 120x40: the program beside the graph" sh -c "grep -q '1 program' '$tmp/present-wide' && grep -q '3 object graph' '$tmp/present-wide'"
"$HEAPVIZ" render --session 2 --at 19 --size 100x30 >"$tmp/plain"
ok "render without --present: the caption leads the narration line" grep -q '^ » Deleting the names' "$tmp/plain"
ok "render without --present: small cells" sh -c "! grep -q 'large cells' '$tmp/plain'"
"$HEAPVIZ" render --session 2 --present --at 19 --size 100x30 --theme mono >"$tmp/mono" 2>"$tmp/err"
expect "render --present --theme mono: the theme asked for" "0:" "$?:$(cat "$tmp/err")"
for cmd in "" replay; do
	"$HEAPVIZ" $cmd --help >"$tmp/help"
	ok "${cmd:-heapviz} --help lists --present and --predict" sh -c "grep -q -- --present '$tmp/help' && grep -q -- --predict '$tmp/help'"
done
"$HEAPVIZ" run --present prog.py >/dev/null 2>"$tmp/err"
expect "run --present: a usage error" "2:1" "$?:$(wc -l <"$tmp/err")"

# ---- an explicit --profile wins over the demo's #% profile, and says so
db2="$tmp/profile.db"
for p in cpython-3.11 cpython-3.8; do
	"$HEAPVIZ" --demo pools --profile "$p" --db "$db2" >"$tmp/out" 2>"$tmp/err"
	expect "--demo pools --profile $p: exit 0" 0 "$?"
	"$HEAPVIZ" export --db "$db2" --format json >"$tmp/json"
	ok "--demo pools --profile $p: the session runs on $p" grep -q "\"profile\": \"$p\"" "$tmp/json"
	ok "--demo pools --profile $p: a note says the demo's profile was overridden" \
		grep -q "^# note: --profile $p, not the demo's classroom: its pools fill" "$tmp/out"
done
"$HEAPVIZ" --demo pools --profile classroom --db "$db2" >"$tmp/out" 2>"$tmp/err"
"$HEAPVIZ" export --db "$db2" --format json >"$tmp/json"
ok "--demo pools --profile classroom: the demo's own, no note" \
	sh -c "grep -q '\"profile\": \"classroom\"' '$tmp/json' && ! grep -q '^# note:' '$tmp/out'"
"$HEAPVIZ" --demo pools --db "$db2" >"$tmp/out" 2>"$tmp/err"
"$HEAPVIZ" export --db "$db2" --format json >"$tmp/json"
ok "--demo pools alone: the demo's classroom profile" grep -q '"profile": "classroom"' "$tmp/json"
done_testing

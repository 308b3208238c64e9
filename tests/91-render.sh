#!/bin/sh
# 91-render: `heapviz render` — one screen as plain text: sizes, views,
# themes (and a bad theme file named with its line), NO_COLOR, and a
# non-UTF-8 locale (ASCII stand-ins).
. "${TOP_SRCDIR:-.}/tests/tap.sh"

tmp=${TMPDIR:-/tmp}/hv-render.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
LC_ALL=C.UTF-8; export LC_ALL
unset NO_COLOR

run() {
	"$HEAPVIZ" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	err=$(cat "$tmp/err")
}

run render
expect "render exits 0" 0 "$rc"
expect "default size: 40 rows" 40 "$(wc -l <"$tmp/out" | tr -d ' ')"
expect "no line wider than 120 columns" 120 "$(wc -L <"$tmp/out" | tr -d ' ')"
ok "it is the heap map" grep -q '^Heap · cpython-3.11' "$tmp/out"
run render --view heap --size 80x24
expect "--size 80x24: 24 rows" 24 "$(wc -l <"$tmp/out" | tr -d ' ')"
ok "--size 80x24: the arenas box" grep -q '^┌─ arenas ─' "$tmp/out"
cp "$tmp/out" "$tmp/first"
run render --view heap --size 80x24
ok "render is deterministic" cmp -s "$tmp/first" "$tmp/out"
run render --size 30x10
ok "too small says what it needs" grep -q 'terminal too small (need 79x8)' "$tmp/out"
run render --view timeline
expect "a view not built yet: exit 2" 2 "$rc"
expect "a view not built yet: message" "heapviz: render: view 'timeline' is not available yet (available: heap, graph, gc)" "$err"
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
run render --session 3
expect "--session: exit 2 until sessions exist" 2 "$rc"
NO_COLOR=1 "$HEAPVIZ" render --size 80x24 >"$tmp/mono"
ok "NO_COLOR: the glyphs still tell pools apart" grep -q '█' "$tmp/mono"
LC_ALL=C "$HEAPVIZ" render --size 80x24 >"$tmp/ascii"
ok "C locale: ASCII only" sh -c "! LC_ALL=C grep -q '[^ -~]' '$tmp/ascii'"
ok "C locale: boxes in ASCII" grep -q '^+- arenas -' "$tmp/ascii"

done_testing

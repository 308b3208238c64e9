#!/bin/sh
# 61-small-terminal: a terminal below 80x24 (a student's 20x6 window),
# both backends, in a libvterm pseudo-terminal.  The screen says it is too
# small and that q quits; keys typed then change nothing that cannot be
# seen (they once stepped, maximised views and ran console lines blind:
# back at 100x30 the program view was maximised and the script had
# moved); q quits with the terminal restored.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

. "${TOP_SRCDIR:-.}/tests/vtscreen.sh"
vt_begin 61s

printf 'a = [1, 2]\nb = a\ndel a\nprint(b)\n' >prog.py
for b in $backends; do
	"$VT" -w -s 20x6 -t 20000 -k "~n~4~:~x=1<Enter>~<Esc>1~<Resize:100x30>~<Resize:30x10>~q" \
		-- "$HEAPVIZ" --ui "$b" --db "$b.db" prog.py >"$b.out" 2>"$b.err"
	rc=$?
	[ "$rc" -eq 77 ] && { echo "1..0 # SKIP no pseudo-terminal here"; exit 0; }
	expect "$b: the session ends (no timeout)" 0 "$rc"
	frame "$b.out" 1 >f1
	ok "$b: 20x6 says it is too small" sh -c "grep -q 'terminal too small' f1 && grep -q 'now 20x6' f1"
	ok "$b: and that q quits" grep -q '^ *q quits$' f1
	frame "$b.out" 7 >f7
	ok "$b: back at 100x30: the layout, not a maximised view" \
		sh -c "grep -q '^━▶ 1 program ━.*┬─ 3 object graph' f7 && grep -q '─ 2 heap map ─' f7"
	ok "$b: the keys typed blind took no step" grep -q '^ step 0/' f7
	ok "$b: nor ran a console line" sh -c "! grep -q 'x=1' f7"
	ok "$b: q quits at 30x10 (the console was never opened)" sh -c "grep -q '^# exit=0 ' '$b.out'"
	expect "$b: the terminal restored" "$RESTORED" "$(restored "$b.out")"
done
done_testing

#!/bin/sh
# 66-console-locale: the interactive screen in the C locale (LC_ALL=C, a
# student's bare shell), both backends, in a libvterm pseudo-terminal.
# The terminal still sends UTF-8: a typed é is one character, as python3
# reads it there (its UTF-8 mode), and the rest of the line is kept (under
# ncurses the é once ended the line: `x = 'é1'` ran as `x = '`, a
# SyntaxError; under tickit it was a '?').  The screen is ASCII, and none
# of heapviz's own marks is a '?' (the narration's », the status line's
# ‖, the collector view's ✗ and ☠ were), so what the marks mean survives.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

. "${TOP_SRCDIR:-.}/tests/vtscreen.sh"
vt_begin 66l

cat >cyc.py <<'EOF'
import gc
class N:
    pass
a = N()
b = N()
a.o = b
b.o = a
del a, b
print(gc.collect())
EOF
for b in $backends; do
	"$VT" -w -s 100x30 -t 20000 -e LC_ALL=C -k "~x = 'é1'<Enter>~print(len(x), ord(x[0]), x[1:])<Enter>~<Esc>~q" \
		-- "$HEAPVIZ" --ui "$b" --db "$b.db" >"$b.out" 2>"$b.err"
	rc=$?
	[ "$rc" -eq 77 ] && { echo "1..0 # SKIP no pseudo-terminal here"; exit 0; }
	expect "$b: the session ends (no timeout)" 0 "$rc"
	frame "$b.out" 3 >f3
	ok "$b: the line typed with an é ran whole (drawn as ASCII)" grep -q "^ >>> x = '?1' " f3
	ok "$b: é is one character, U+00E9, as python3 reads it" grep -q '^ 2 233 1 ' f3
	ok "$b: no SyntaxError" sh -c "! grep -q SyntaxError f3"
	expect "$b: Esc q quits, the terminal restored" "$RESTORED" "$(restored "$b.out")"
	# a collection under way, in the collector's view: every mark ASCII
	"$VT" -w -s 100x30 -t 20000 -e LC_ALL=C -k "~g22<Enter>~4~q" \
		-- "$HEAPVIZ" --ui "$b" --db "$b-gc.db" cyc.py >"$b.gc" 2>&1
	expect "$b: the script's session ends (no timeout)" 0 "$?"
	frame "$b.gc" 2 >g2; frame "$b.gc" 3 >g3
	ok "$b: the collector's view shows the collectable pair (☠ as X)" sh -c "[ \$(grep -c '^|X collectable ' g3) -eq 2 ]"
	ok "$b: its legend keeps the marks apart" \
		grep -q 'v reachable x unreachable r resurrected X collectable . o W white O G gray @ B black' g3
	ok "$b: the status line's pause mark and the narration's mark are ASCII" \
		sh -c "grep -q '^ step 22/27 .* | 1x ' g3 && grep -q '^ > garbage collector' g3"
	ok "$b: the program's column rule is ASCII" grep -q '^  4   +320 | a = N()' g2
	for f in g2 g3; do
		ok "$b: $f: no '?' stands in for a mark (the help hint's is the only one)" \
			sh -c "[ \"\$(grep -o '?' $f | wc -l)\" -eq 1 ]"
	done
done
done_testing

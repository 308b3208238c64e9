#!/bin/sh
# 69-scenario-screen: the issue's scenario end to end in a pseudo-terminal
# (libvterm, tests/vtscreen), with both backends: load a script, step to a
# reference cycle (`del a, b` leaves both Nodes alive), run the collector
# phase by phase (the collector view names each of its 14 phases in turn;
# `clear` frees the Nodes), step back through the phases.  ncurses and
# tickit must show the same screens.  Then what the terminal is asked for:
# NO_COLOR gives no colour at all (attributes and glyphs only), a locale
# that is not UTF-8 gives ASCII only, both backends alike; and the mouse
# reports clicks, not drags (libtickit turns drag reporting on by itself:
# the backend turns it down).
. "${TOP_SRCDIR:-.}/tests/tap.sh"

. "${TOP_SRCDIR:-.}/tests/vtscreen.sh"
vt_begin 69
cat >cycle.py <<'EOF'
class Node:
    pass

a = Node()
b = Node()
a.other = b
b.other = a
del a, b
import gc
gc.collect()
EOF

keys='~g9<Enter>~4~'
n=0
while [ $n -lt 16 ]; do keys="${keys}n~"; n=$((n + 1)); done
keys="${keys}p~p~q"
for b in $backends; do
	"$VT" -w -m -s 100x30 -t 30000 -k "$keys" -- "$HEAPVIZ" --ui "$b" --no-record cycle.py >"$b.out" 2>"$b.err"
	rc=$?
	[ "$rc" -eq 77 ] && { echo "1..0 # SKIP no pseudo-terminal here"; exit 0; }
	expect "$b: the scenario ends (no timeout)" 0 "$rc"
	frame "$b.out" 2 >f2
	ok "$b: step 9, del a, b: four references dropped, the cycle left" \
		sh -c "grep -q '^ step 9/27 ' f2 && grep -q '^ » line 8: a, b unbound (4 references dropped; no memory freed)' f2"
	ok "$b: the object graph still shows the two Nodes" sh -c "[ \$(grep -o 'Node rc=1' f2 | wc -l) -eq 2 ]"
	k=1
	while [ $k -le 14 ]; do
		frame "$b.out" $((k + 5)) >fk
		ok "$b: n: collector phase $k of 14 on screen" grep -q "^GC · generational · collecting generation 2 · phase $k/14 " fk
		k=$((k + 1))
	done
	frame "$b.out" 18 >f18
	ok "$b: the clear phase frees the Nodes" grep -q '^ » garbage collector, generation 2, clear: Node freed' f18
	frame "$b.out" 20 >f20
	frame "$b.out" 21 >f21
	ok "$b: p: back to the clear phase" grep -q 'phase 13/14 clear$' f20
	ok "$b: p: back before it, the Nodes not freed yet" \
		sh -c "grep -q 'phase 12/14 resurrect_promote' f21 && ! grep -q 'Node freed' f21"
	expect "$b: q quits, the terminal restored" "$RESTORED" "$(restored "$b.out")"
	# (libvterm takes only the first mode of ncurses' `CSI ? 1006;1000 h`,
	# so only tickit's modes can be read here)
	[ "$b" = tickit ] && ok "$b: the mouse reports clicks (mode 1), not drags, on every screen" \
		sh -c "grep '^# frame ' '$b.out' >fl && [ -s fl ] && ! grep -v ' mouse=1\$' fl"

	# NO_COLOR: attributes only
	"$VT" -e NO_COLOR=1 -e TERM=xterm-256color -e LC_ALL=C.UTF-8 -s 100x30 -k '~g9<Enter>~q' \
		-- "$HEAPVIZ" --ui "$b" --no-record cycle.py >"$b.nc" 2>&1
	ok "$b: NO_COLOR: the screen drawn" grep -q '^ step 9/27 ' "$b.nc"
	ok "$b: NO_COLOR: not one colour" sh -c "! grep '^# [0-9]*:' '$b.nc' | grep -q '[fb]g[0-9]'"
	ok "$b: NO_COLOR: attributes still mark things" sh -c "grep '^# [0-9]*:' '$b.nc' | grep -q 'bold\\|reverse'"

	# a locale that is not UTF-8: ASCII stand-ins (TERM without `rep`: with
	# it, ncurses draws a run of ASCII as one character and a count, and
	# libvterm stops such a run a column short of the right edge)
	"$VT" -e LC_ALL=C -e TERM=screen-256color -s 100x30 -k '~g9<Enter>~q' \
		-- "$HEAPVIZ" --ui "$b" --no-record cycle.py >"$b.c" 2>&1
	frame "$b.c" 2 >c2
	ok "$b: LC_ALL=C: the screen drawn" grep -q '^ step 9/27 ' c2
	ok "$b: LC_ALL=C: ASCII only" sh -c "! LC_ALL=C grep -q '[^ -~]' c2"
	expect "$b: LC_ALL=C: the terminal restored" "$RESTORED" "$(restored "$b.c")"
done
if [ "$(echo "$backends" | wc -w)" -eq 2 ]; then
	same=1
	for k in $(seq 1 21); do
		frame ncurses.out "$k" >n; frame tickit.out "$k" >t
		cmp -s n t || { same=0; echo "# frame $k differs"; diff n t | head -5 | sed 's/^/# /'; }
	done
	ok "both backends: the same 21 screens" test $same -eq 1
	for v in nc c; do
		frame "ncurses.$v" 2 >n; frame "tickit.$v" 2 >t
		expect "both backends: the same screen ($v)" "" "$(diff n t)"
	done
fi
done_testing

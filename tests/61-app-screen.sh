#!/bin/sh
# 61-app-screen: `heapviz SCRIPT` and `heapviz replay` end to end, in a
# pseudo-terminal emulated by libvterm (tests/vtscreen), with both
# backends: load a script, step to the reference cycle, step back, go to a
# step, maximise the heap map (it must be the screen `heapviz render` draws
# for the recorded session), the help overlay, a resize to a tiny terminal
# and back, the console, quitting with the terminal restored.  ncurses and
# tickit must show the same screens.  A bundled demo plays in presenter
# mode: its captions in the big box, the heap map in large cells, autoplay
# stopping at each caption; P leaves it (captions lead the narration line).  Also: no terminal and TERM=dumb give
# one line suggesting `heapviz run` and exit status 2.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

. "${TOP_SRCDIR:-.}/tests/vtscreen.sh"
vt_begin 61
cat >prog.py <<'EOF'
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

xs = [i * 2 for i in range(20)]
print(len(xs))
del xs
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
import gc
print('collected', gc.collect())
EOF

# Without the status line: a replay also has what the program did after
# the screen closed (__main__'s finalization), and says "replay".
normal() {
	sed '/^ step [0-9]*\/[0-9]*  event /d'
}

keys='~nnnnnnnnnnnnnnnnnnn~pp~g18<Enter>~2~?~q~<Resize:70x20>~<Resize:100x30>~2:y = [7]<Enter>~y<Enter>~<Esc>~g30<Enter>~g0<Enter>~q'
for b in $backends; do
	# -w: every key is answered and drawn before the next, so both backends
	# draw the same frames (the graph keeps positions from frame to frame,
	# and a burst of keys is drawn once); their screens are compared whole.
	"$VT" -w -s 100x30 -k "$keys" -- "$HEAPVIZ" --ui "$b" --db "$b.db" prog.py >"$b.out" 2>"$b.err"
	rc=$?
	[ "$rc" -eq 77 ] && { echo "1..0 # SKIP no pseudo-terminal here"; exit 0; }
	if ! grep -q '^# frame 1' "$b.out"; then
		expect "$b: the app starts" "a first frame" "$(head -c 300 "$b.err")"
		continue
	fi
	frame "$b.out" 1 >f1; frame "$b.out" 2 >f2; frame "$b.out" 3 >f3; frame "$b.out" 4 >f4
	frame "$b.out" 5 >f5; frame "$b.out" 6 >f6; frame "$b.out" 8 >f8; frame "$b.out" 9 >f9
	frame "$b.out" 10 >f10; frame "$b.out" 11 >f11; frame "$b.out" 13 >f13; frame "$b.out" 14 >f14
	ok "$b: the script is loaded at step 0" grep -q '^ step 0/[0-9]*  event 0/' f1
	ok "$b: its source is shown" grep -q ' │ class Node:' f1
	ok "$b: n steps forward" grep -q '^ step 18/' f2
	ok "$b: the current line is marked" grep -q '^▶ 12 .*│ b.other = a' f2
	ok "$b: the narration names the line" grep -q '^ » line 12: ' f2
	ok "$b: p steps back" grep -q '^ step 16/' f3
	ok "$b: p: the step back from a call names its line and the call's end" grep -q '^ » line 10, back from the call: ' f3
	ok "$b: g goes to a step" grep -q '^ step 18/' f4
	ok "$b: 2 maximises the heap map" grep -q '^━▶ 2 heap map ━' f5
	"$HEAPVIZ" render --db "$b.db" --at 18 --view heap --size 100x30 | normal >render18
	normal <f5 >f5n
	ok "$b: the same screen as heapviz render of the recording" cmp -s render18 f5n
	ok "$b: ? shows the help, made from the key table" grep -q 'keys — any key closes this' f6
	ok "$b: a tiny terminal says so" grep -q 'terminal too small' f8
	ok "$b: and what it needs" grep -q '(need 80x24)' f8
	ok "$b: back to normal after growing" grep -q '^ step 18/' f9
	ok "$b: the console runs at the end" grep -q '^ >>> y = \[7\]' f11
	ok "$b: and prints a value" grep -A1 '^ >>> y$' "$b.out" | grep -q '^ \[7\]'
	# a collector's phase shows the statement that started the collection
	# (›), the source following it to the script's end; back at step 0 the
	# source shows from its first line again
	ok "$b: a collection's step" grep -q '^ » garbage collector, generation 2' f13
	ok "$b: shows the statement that started it" grep -q "^› 15 .*│ print('collected', gc.collect" f13
	ok "$b: g0 goes back to the start" grep -q '^ step 0/' f14
	ok "$b: and the source from its first line" grep -q '^   1 .*│ class Node:' f14
	expect "$b: q restores the terminal" "# exit=0 signal=0 altscreen=0 cursor=1 mouse=0" "$(status "$b.out")"
	"$HEAPVIZ" sessions --db "$b.db" >sessions
	ok "$b: the live session was recorded, complete" grep -q '^ *1  prog.py .* complete$' sessions
	# Esc and q read at once (what a slow link or a busy machine makes of
	# Esc typed just before q; a terminal's Alt+q): Esc leaves the console,
	# then q quits
	"$VT" -s 100x30 -t 20000 -k '~:~<Esc>q' -- "$HEAPVIZ" --ui "$b" --db "$b-alt.db" prog.py >"$b.alt" 2>&1
	expect "$b: Esc and q read at once: the console left, then quit" \
		"# exit=0 signal=0 altscreen=0 cursor=1 mouse=0" "$(status "$b.alt")"
	# kill -TERM: the terminal restored, the session saved, and the process
	# dies of the signal (a shell sees 143), not a clean exit
	"$VT" -s 100x30 -k '~nn~<TERM>' -- "$HEAPVIZ" --ui "$b" --db "$b-term.db" ./prog.py >"$b.term" 2>&1
	frame "$b.term" 1 >t1
	# Ctrl-C is a key that quits (raw mode on both backends), not a signal
	"$VT" -s 100x30 -k '~nn~<C-c>' -- "$HEAPVIZ" --ui "$b" --no-record prog.py >"$b.ctrlc" 2>&1
	expect "$b: Ctrl-C quits with the terminal restored, exit 0" \
		"# exit=0 signal=0 altscreen=0 cursor=1 mouse=0" "$(status "$b.ctrlc")"
	ok "$b: a script given with a folder: the status line names the session as sessions does" \
		grep -q 'session 1 "prog.py"' t1
	expect "$b: SIGTERM restores the terminal, then heapviz dies of it" \
		"# exit=-1 signal=15 altscreen=0 cursor=1 mouse=0" "$(status "$b.term")"
	ok "$b: SIGTERM: the session was saved" sh -c "'$HEAPVIZ' sessions --db '$b-term.db' | grep -q '^ *1  prog.py '"
	"$VT" -s 100x30 -k '~g5<Enter>~<Right>~:~q' -- "$HEAPVIZ" replay --ui "$b" --db "$b.db" >"$b.replay" 2>&1
	frame "$b.replay" 2 >r2
	ok "$b: replay: g goes to a step" grep -q '^ step 5/[0-9]*  .* session 1 "prog.py"  replay' r2
	frame "$b.replay" 3 >r3
	ok "$b: replay: → steps" grep -q '^ step 6/' r3
	frame "$b.replay" 4 >r4
	ok "$b: replay: the console is live only" grep -q '^ ! no console in a replay' r4
	"$VT" -s 100x30 -k '~nnnnnnnn~Pn~q' -- "$HEAPVIZ" --ui "$b" --no-record --demo cycles >"$b.demo" 2>&1
	frame "$b.demo" 2 >d2
	ok "$b: --demo: presenter mode, the caption in the box" grep -q '^┃ Turn off the automatic collector' d2
	ok "$b: --demo: presenter mode at 100x30, the demo's main view alone" \
		sh -c "grep -q '3 object graph' d2 && ! grep -q '1 program' d2"
	"$VT" -s 80x24 -k '~nnnnn~q' -- "$HEAPVIZ" --ui "$b" --no-record --demo pools >"$b.pools" 2>&1
	frame "$b.pools" 2 >p2
	ok "$b: --demo pools at 80x24: the large-cell heap map, classroom profile" \
		sh -c "grep -q 'arenas · large cells' p2 && grep -q '^Heap · classroom' p2"
	# the collector a demo's `#% collector` or --collector names is the one
	# the live program runs (the console's C switches it later)
	"$VT" -s 100x30 -k '~P~gend<Enter>~p~q' -- "$HEAPVIZ" --ui "$b" --no-record --demo mark-sweep >"$b.ms" 2>&1
	frame "$b.ms" 3 >m3
	ok "$b: --demo mark-sweep runs mark & sweep, as its #% collector says" grep -q '  gc: mark & sweep' m3
	ok "$b: --demo mark-sweep: its phases are mark & sweep's" grep -q 'mark_roots\|gray worklist' "$b.ms"
	"$VT" -s 100x30 -k '~gend<Enter>~q' -- "$HEAPVIZ" --ui "$b" --no-record --collector mark-sweep prog.py >"$b.ms2" 2>&1
	frame "$b.ms2" 2 >m2
	ok "$b: --collector mark-sweep on a script: it runs mark & sweep" grep -q '  gc: mark & sweep' m2
	frame "$b.demo" 3 >d3
	ok "$b: P leaves presenter mode: the caption leads the narration line" \
		grep -q '^ » Two objects, each with one name' d3
	# Autoplay at 16x stops at each caption the first time: vtscreen's ~
	# returns when the screen has been still for 400 ms, i.e. at a stop.
	"$VT" -s 100x30 -q 400 -k '~++++ ~ ~ ~q' -- "$HEAPVIZ" --ui "$b" --no-record --demo cycles >"$b.auto" 2>&1
	frame "$b.auto" 2 >a2
	ok "$b: autoplay stops at the first caption" grep -q '^┃ Turn off the automatic collector' a2
	ok "$b: autoplay says why it stopped" grep -q 'paused at a caption' a2
	frame "$b.auto" 3 >a3
	ok "$b: space plays on to the next caption" grep -q '^┃ Two objects, each with one name' a3
	frame "$b.auto" 4 >a4
	ok "$b: and the next" grep -q '^┃ Each refers to the other' a4
	"$VT" -e TERM=dumb -k '~' -- "$HEAPVIZ" --ui "$b" --no-record prog.py >"$b.dumb" 2>&1
	ok "$b: TERM=dumb: exit 2" grep -q 'exit=2 signal=0' "$b.dumb"
	ok "$b: TERM=dumb: suggests heapviz run" grep -q "try \`heapviz run\`" "$b.dumb"
done
# The collector keys: C switches the live program's collector (the status
# line and the idle gc view say which), G appends a full collection and
# moves to its start (before the end, it says first that the collection
# follows the whole program, and a second G does it), → steps through its phases; a replay refuses both
# and names the collector the session was recorded with.
for b in $backends; do
	"$VT" -s 100x30 -k '~4~C~G~G~<Right><Right><Right>~q' -- "$HEAPVIZ" --ui "$b" --db "$b-gc.db" prog.py >"$b.gc" 2>&1
	frame "$b.gc" 1 >g1; frame "$b.gc" 2 >g2; frame "$b.gc" 3 >g3; frame "$b.gc" 4 >g4; frame "$b.gc" 5 >g5
	frame "$b.gc" 6 >g6
	ok "$b: the status line names the collector" grep -q '^ step 0/.* live  gc: generational ' g1
	ok "$b: the idle gc view names the next one" grep -q '^GC · idle: .* next: generational (C switches' g2
	ok "$b: C switches to mark & sweep" grep -q '^ step 0/.* live  gc: mark & sweep ' g3
	ok "$b: and the gc view says so" grep -q '^GC · idle: .* next: mark & sweep' g3
	steps=$(sed -n 's/^ step 0\/\([0-9]*\) .*/\1/p' g3)
	ok "$b: G before the end says where it collects, first" \
		grep -q "^ ! G collects after the program's end (step $steps), not here: G again to go on" g4
	ok "$b: and stays" grep -q "^ step 0/$steps " g4
	ok "$b: G again moves to the collection's start" grep -q "^ step $steps/[0-9]* .*gc: mark & sweep" g5
	ok "$b: G says what follows" grep -q "^ ! a full collection (mark & sweep) follows the program's end" g5
	ok "$b: → steps into its phases" grep -q '^GC · mark & sweep · collecting generation 2 · phase ' g6
	"$HEAPVIZ" sessions --db "$b-gc.db" >"$b-gc.sessions"
	"$VT" -s 100x30 -k '~C~G~q' -- "$HEAPVIZ" replay --ui "$b" --db "$b-gc.db" >"$b.gcr" 2>&1
	frame "$b.gcr" 2 >gr2; frame "$b.gcr" 3 >gr3
	ok "$b: replay: C says why not" grep -q '^ ! a replay shows the collector that was recorded' gr2
	ok "$b: replay: so does G" grep -q '^ ! a replay shows the collector that was recorded' gr3
	ok "$b: replay: names the collector recorded" grep -q '  replay  gc: generational' gr2
done
set -- $backends
if [ $# -eq 2 ]; then
	same_screens() {
		cmp -s "$1" "$2" && return 0
		diff "$1" "$2" | head -40 | sed 's/^/# /'
		return 1
	}
	ok "ncurses and tickit show the same screens" same_screens "$1.out" "$2.out"
fi
"$HEAPVIZ" --no-record prog.py </dev/null >notty.out 2>notty.err
expect "no terminal: exit 2" 2 $?
ok "no terminal: one line suggesting heapviz run" grep -q "needs a terminal.*heapviz run" notty.err
expect "no terminal: nothing on stdout" "" "$(cat notty.out)"
"$HEAPVIZ" replay --db "$tmp/none.db" </dev/null >/dev/null 2>notty.err
expect "replay without a terminal: exit 2" 2 $?
"$HEAPVIZ" replay --db "$b.db" 999 </dev/null >/dev/null 2>notty.err
expect "replay of a session that is not there, without a terminal: exit 2" 2 $?
ok "replay of a session that is not there: says so before asking for a terminal" grep -q "999" notty.err

done_testing

#!/bin/sh
# 68-script-running: `heapviz prog.py` with a script that runs for seconds,
# in a pseudo-terminal (libvterm, tests/vtscreen), both backends.  The
# screen opens at once and shows the run's progress (steps, events, the
# line running, the memory each line has taken so far), redrawn a few
# times a second, from a loop and from one builtin call making millions of
# events alike; a resize during the run is drawn (a tiny terminal says it
# is too small); Ctrl-C stops the script with KeyboardInterrupt at its
# line, as python3 would, and everything it ran is kept, recorded and
# steppable (the screen at step 0, the traceback at its end); q during
# the run stops it and quits; SIGTERM during the run restores the
# terminal, saves the session and dies of the signal.  (It once ran the
# whole script before the screen opened: nothing for seconds, and Ctrl-C
# killed heapviz and the session with it.)
. "${TOP_SRCDIR:-.}/tests/tap.sh"

. "${TOP_SRCDIR:-.}/tests/vtscreen.sh"
vt_begin 68
cat >long.py <<'EOF'
l = []
for i in range(10**8):
    l.append(i)
print(len(l))
EOF
cat >builtin.py <<'EOF'
l = list(range(4 * 10**6))
print(len(l))
EOF

for b in $backends; do
	# Ctrl-C during the run; then the screen at step 0, steppable
	"$VT" -w -s 80x24 -t 60000 -k '<Until: runs: >~<C-c><Until:KeyboardInterrupt at line>~n~q' \
		-- "$HEAPVIZ" --ui "$b" --db "$b.db" long.py >"$b.out" 2>"$b.err"
	rc=$?
	[ "$rc" -eq 77 ] && { echo "1..0 # SKIP no pseudo-terminal here"; exit 0; }
	expect "$b: the session ends (no timeout)" 0 "$rc"
	for n in 1 2 3; do frame "$b.out" $n >f$n; done
	ok "$b: running: the status line counts steps and events, says how to stop" \
		sh -c "grep -q '^ step 0/[0-9]*  event 0/[0-9]*  ▶ running [0-9.]* s  ' f1 && grep -q 'Ctrl-C stops it · q quits\$' f1"
	# the loop's head (line 2: the next i) and its body (line 3) take turns
	ok "$b: running: the narration names the line running" \
		grep -qE '^ » line (2 runs: for i in range\(10\*\*8\):|3 runs: l\.append\(i\))' f1
	ok "$b: running: the source marks that line, with its memory so far" \
		grep -qE '^▶ (2  *\+[0-9.]*[KM] │ for i in|3  *\+[0-9.]*[KM] │     l\.append\(i\))' f1
	ok "$b: running: the heap map does not pretend to be now" grep -q '^ the script is running…' f1
	ok "$b: Ctrl-C: the screen at step 0, KeyboardInterrupt at line 3" \
		sh -c "grep -q '^ step 0/[0-9]*  event 0/' f2 && grep -q '^ ! Ctrl-C: KeyboardInterrupt at line 3; what ran is kept (g end: its traceback)\$' f2"
	steps=$(sed -n 's|^ step 0/\([0-9]*\)  event.*|\1|p' f2)
	ok "$b: what ran is kept (thousands of steps)" test "${steps:-0}" -gt 1000
	ok "$b: and steppable" grep -q '^ step 0/[0-9]*  event [1-9][0-9]*/' f3
	expect "$b: q quits, the terminal restored" "$RESTORED" "$(restored "$b.out")"
	"$HEAPVIZ" sessions --db "$b.db" >sessions
	ok "$b: the session was recorded, complete, with every step shown" \
		grep -q "^ *1  long.py .* $steps  *[0-9]*  complete\$" sessions
	"$HEAPVIZ" render --db "$b.db" --session 1 --at end --view program --size 100x30 >end.txt
	ok "$b: at its end, the traceback: KeyboardInterrupt at the line Ctrl-C stopped" \
		sh -c "grep -A3 'Traceback (most recent call last):' end.txt | grep -q 'line 3, in <module>' &&
		       grep -q '^ KeyboardInterrupt' end.txt"

	# resizes during the run (no recording: only the screen matters here)
	keys='<Until: runs: >~<Resize:100x30><Until:it ends (Ctrl-C stops it)>~<Resize:40x10><Until:too small>~'
	keys="$keys<Resize:100x30><Until:it ends (Ctrl-C stops it)>~<C-c><Until:KeyboardInterrupt at line>~q"
	"$VT" -w -s 80x24 -t 60000 -k "$keys" -- "$HEAPVIZ" --ui "$b" --no-record long.py >"$b.rs" 2>&1
	expect "$b: resizes during the run (no timeout)" 0 $?
	for n in 1 2 3 4 5; do frame "$b.rs" $n >r$n; done
	ok "$b: 80 columns: the graph's note cut" grep -q '│ shown at step 0 when it ends (Ctrl-C stop…$' r1
	ok "$b: a resize during the run is drawn at the new size" \
		sh -c "grep -q '^ step 0/[0-9]*  event 0/[0-9]*  ▶ running' r2 && grep -q '│ shown at step 0 when it ends (Ctrl-C stops it) *\$' r2"
	ok "$b: too small during the run: said so" grep -q 'terminal too small' r3
	ok "$b: and back: the progress again" grep -q '▶ running [0-9.]* s' r4
	ok "$b: Ctrl-C at 100x30: step 0" grep -q '^ step 0/[0-9]*  event 0/' r5
	expect "$b: q quits, the terminal restored" "$RESTORED" "$(restored "$b.rs")"

	# one builtin call making millions of events: its progress all the same
	# (vtscreen times out if the screen never says it runs)
	"$VT" -w -s 80x24 -t 60000 -k '<Until:step 0/1  event 0/>~<Until:step 0/3 >~q' \
		-- "$HEAPVIZ" --ui "$b" --no-record builtin.py >"$b.bi" 2>&1
	expect "$b: one long call: its progress drawn while it runs, then step 0" 0 $?
	expect "$b: q quits, the terminal restored" "$RESTORED" "$(restored "$b.bi")"

	# q during the run: stops the script, quits, the session kept
	"$VT" -w -s 80x24 -t 60000 -k '<Until: runs: >q' -- "$HEAPVIZ" --ui "$b" --db "$b-q.db" long.py >"$b.q" 2>&1
	expect "$b: q during the run quits at once, the terminal restored" "$RESTORED" "$(restored "$b.q")"
	ok "$b: q: the session was saved, complete" \
		sh -c "'$HEAPVIZ' sessions --db '$b-q.db' | grep -q '^ *1  long.py .* complete\$'"

	# SIGTERM during the run
	"$VT" -w -s 80x24 -t 60000 -k '<Until: runs: ><TERM>' -- "$HEAPVIZ" --ui "$b" --db "$b-term.db" long.py \
		>"$b.term" 2>&1
	expect "$b: SIGTERM during the run: the terminal restored, death by the signal" \
		"# exit=-1 signal=15 altscreen=0 cursor=1 mouse=0" "$(status "$b.term")"
	ok "$b: SIGTERM: the session was saved" \
		sh -c "'$HEAPVIZ' sessions --db '$b-term.db' | grep -q '^ *1  long.py '"
done
if [ "$(echo "$backends" | wc -w)" -eq 2 ]; then
	# the same, but for the status line (how far each got in its run)
	expect "both backends: the same screen after Ctrl-C" "" "$(
		frame ncurses.out 2 | grep -v '^ step ' >n2
		frame tickit.out 2 | grep -v '^ step ' >t2
		diff n2 t2)"
fi
done_testing

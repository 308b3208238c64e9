#!/bin/sh
# 66-console-screen: the live `>>>` console in a pseudo-terminal (libvterm,
# tests/vtscreen), both backends.  A statement that runs long says so on
# the screen ("running… Ctrl-C interrupts it"); Ctrl-C then stops it with
# KeyboardInterrupt, as python3's console does, and the console goes on
# (it once ignored Ctrl-C, and SIGTERM, until the statement ended: never,
# for `while True: pass`).  Ctrl-C at the prompt still quits; SIGTERM
# during a statement ends heapviz with the terminal restored.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

. "${TOP_SRCDIR:-.}/tests/vtscreen.sh"
vt_begin 66

loop='while True: pass<Enter><Enter>'
for b in $backends; do
	"$VT" -w -s 80x24 -t 20000 -k "~$loop<Until:Ctrl-C interrupts it>~<C-c><Until:KeyboardInterrupt>~x = 6 * 7<Enter>x<Enter>~<Esc>~q" \
		-- "$HEAPVIZ" --ui "$b" --db "$b.db" >"$b.out" 2>"$b.err"
	rc=$?
	[ "$rc" -eq 77 ] && { echo "1..0 # SKIP no pseudo-terminal here"; exit 0; }
	expect "$b: the session ends (no timeout)" 0 "$rc"
	frame "$b.out" 2 >f2; frame "$b.out" 3 >f3; frame "$b.out" 4 >f4
	ok "$b: a running statement says so, and how to stop it" grep -q '^ ! running… Ctrl-C interrupts it' f2
	ok "$b: Ctrl-C: KeyboardInterrupt, as python3's console prints it" \
		sh -c "grep -A2 '^ Traceback (most recent call last):' f3 | grep -q '^ KeyboardInterrupt'"
	ok "$b: the console goes on" sh -c "grep -q '^ >>> x  ' f4 && grep -q '^ 42  ' f4"
	expect "$b: Esc q quits, the terminal restored" "$RESTORED" "$(restored "$b.out")"
	"$HEAPVIZ" sessions --db "$b.db" >sessions
	ok "$b: the session was recorded, complete" grep -q '^ *1  console .* complete$' sessions
	# SIGTERM while a statement runs: it stops, heapviz dies of the signal
	"$VT" -w -s 80x24 -t 20000 -k "~$loop<Until:Ctrl-C interrupts it>~<TERM>" \
		-- "$HEAPVIZ" --ui "$b" --db "$b-term.db" >"$b.term" 2>&1
	expect "$b: SIGTERM during a statement: the terminal restored, death by the signal" \
		"# exit=-1 signal=15 altscreen=0 cursor=1 mouse=0" "$(status "$b.term")"
	ok "$b: SIGTERM: the session was saved" sh -c "'$HEAPVIZ' sessions --db '$b-term.db' | grep -q '^ *1  console '"
done
done_testing

#!/bin/sh
# 69-faults-screen: faults under the interactive screen, in a
# pseudo-terminal emulated by libvterm (tests/vtscreen), on each terminal
# backend.
#
# 1. The host running out of memory at every allocation site of a short
# interactive session (84-oom does `heapviz run`): the script stepped, a
# console line typed, quit.  A clean session lists where allocations come
# from (HEAPVIZ_ALLOC_TRACE); then, for each site, a session fails its
# first allocation there (HEAPVIZ_FAIL_ALLOC).  Each must exit with status
# 3 and leave the terminal restored (its modes, echo and line editing, the
# normal screen) with one line on it, "heapviz: out of host memory" (then
# only keys typed after the exit, which the restored terminal echoes); the
# database, when one was made, must open and list the session interrupted,
# and replay what it committed (render).  The live walker behind's
# thread does not run under fault injection (hv.h: the idle slices walk
# instead), and the session is driven by screen states, not by time: each
# key is typed once the screen shows what the one before did (<UntilOrEnd:
# a failed session ends the keys there), and the statement comes as one
# paste (one frame, however the machine's load splits typed keys into
# reads), so every session draws the same frames and numbers its
# allocations alike.  What still moves them is the recorder's thread
# (store/session.c: its allocations come a few sooner or later): a session
# that ends without reaching allocation k, having made n fewer in all than
# the clean one, runs again with k - n, up to three times.  So allocation k
# is at times the recorder's, failing while the main thread draws or
# changes the tty's modes: the output gate (ui/restore.h) keeps those from
# landing after the restoration (93-restore tests it deterministically).
#
# 2. The disk refusing to grow the database past a size (a full disk, for
# real: RLIMIT_FSIZE with SIGXFSZ ignored, so the write fails with EFBIG
# and SQLite reports an I/O error), every 512 blocks (256 KiB in a POSIX
# shell) from 1024 up to the size a clean session of a bigger script
# reaches (the file grows in chunks, so the sizes meet it at its creation,
# its first commit and its last).  Each must end with one "heapviz: ..."
# line on a restored terminal and a database that opens, lists the session
# and replays what was committed.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

. "${TOP_SRCDIR:-.}/tests/vtscreen.sh"
vt_begin 69
cat >prog.py <<'PY'
xs = [i * 2 for i in range(20)]
d = {str(i): [i] for i in range(30)}
del xs
print(len(d))
PY
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"   # it exits in the middle of everything
export ASAN_OPTIONS
printf ':x = [1]\n' >stmt.txt
KEYS='<UntilOrEnd:the start: nothing has run yet>n<UntilOrEnd:start-up, before the first statement>n'
KEYS="$KEYS<UntilOrEnd:step 1/7><Paste:stmt.txt><UntilOrEnd:step 8/8>~<Esc>~q"
BIGKEYS='~nn~:~x = [1]<Enter>~<Esc>~q'     # part 2: where it fails is the disk's
HANG=900000
OOM="# exit=3 signal=0 altscreen=0 cursor=1 mouse=0
# tty echo=1 icanon=1
heapviz: out of host memory"

# What is wrong with f.db after a failed run (nothing: empty): it opens,
# its session (if one was begun) is listed as interrupted and replays.
session_left() {
	[ -f f.db ] || return 0
	"$HEAPVIZ" sessions --db f.db >list 2>&1 || { echo " db: $(head -n 1 list)"; return 0; }
	[ "$(sed 1d list | wc -l)" -gt 0 ] || return 0
	grep -q ' interrupted$' list || echo " session not interrupted: $(tail -n 1 list)"
	"$HEAPVIZ" render --db f.db --size 80x24 >/dev/null 2>render.err || echo " replay: $(head -n 1 render.err)"
}

for b in $backends; do
	HEAPVIZ_ALLOC_TRACE="$PWD/$b.trace" "$VT" -s 100x30 -t $HANG -k "$KEYS" -- \
		"$HEAPVIZ" --ui "$b" --db "$b-clean.db" prog.py >"$b.clean" 2>&1
	rc=$?
	[ "$rc" -eq 77 ] && { echo "1..0 # SKIP no pseudo-terminal here"; exit 0; }
	expect "$b: a clean session: restored after q" "$RESTORED" "$(restored "$b.clean")"
	awk '!seen[$2]++ { print $1 }' "$b.trace" >"$b.firsts"
	nsites=$(wc -l <"$b.firsts")
	echo "# $b: $(wc -l <"$b.trace") host allocations from $nsites sites"
	ok "$b: allocations were traced" test "$nsites" -gt 10
	total=$(wc -l <"$b.trace")
	i=0
	while read -r k; do
		i=$((i + 1))
		for try in 1 2 3; do
			rm -f f.db f.db-wal f.db-shm f.db-journal f.trace
			HEAPVIZ_FAIL_ALLOC=$k HEAPVIZ_ALLOC_TRACE="$PWD/f.trace" "$VT" -s 100x30 -t $HANG -k "$KEYS" -- \
				"$HEAPVIZ" --ui "$b" --db f.db prog.py >f.out 2>&1
			[ "$(restored f.out)" = "$RESTORED" ] || break
			n=$((total - $(wc -l <f.trace)))
			echo "# $b: allocation $k not reached: $n fewer allocations; again at $((k - n))"
			[ "$n" -gt 0 ] && [ "$n" -lt "$k" ] && k=$((k - n))
		done
		if [ "$(restored f.out)" = "$RESTORED" ]; then
			echo "ok $((tap_n += 1)) - $b: allocation $k (site $i of $nsites) # SKIP not reached in 3 sessions"
			continue
		fi
		why=""
		# Keys vtscreen types after the exit are echoed by the restored
		# terminal: below the message, nothing but them.
		restored f.out >left
		[ "$(sed -n 1,3p left)" = "$OOM" ] && ! sed 1,3d left | grep -q 'heapviz\|Sanitizer\|runtime error' ||
			why="left: $(tr '\n' '|' <left | head -c 300)"
		why="$why$(session_left)"
		expect "$b: allocation $k (site $i of $nsites) fails cleanly" "" "$why"
	done <"$b.firsts"
done

cat >big.py <<'PY'
xs = [str(i) for i in range(15000)]
d = {i: [i] for i in range(3000)}
del xs
print(len(d))
PY
for b in $backends; do
	"$VT" -s 100x30 -t $HANG -k "$BIGKEYS" -- "$HEAPVIZ" --ui "$b" --db "$b-big.db" big.py >"$b.big" 2>&1
	expect "$b: a clean session of big.py: restored after q" "$RESTORED" "$(restored "$b.big")"
	size=$(wc -c <"$b-big.db")
	echo "# $b: big.py's session: $size bytes"
	limit=1024         # 512-byte blocks (ulimit -f in a POSIX shell)
	while [ $((limit * 512)) -lt "$size" ]; do
		rm -f f.db f.db-wal f.db-shm f.db-journal
		sh -c "trap '' XFSZ; ulimit -f $limit; exec \"\$0\" \"\$@\"" "$VT" -s 100x30 -t $HANG -k "$BIGKEYS" -- \
			"$HEAPVIZ" --ui "$b" --db f.db big.py >f.out 2>&1
		why=""
		restored f.out >left
		[ "$(sed -n 1,2p left)" = "$(echo "$RESTORED" | sed 's/exit=0/exit=2/')" ] || why="status: $(sed -n 1,2p left | tr '\n' '|')"
		sed -n 3p left | grep -q '^heapviz: f.db: .*I/O error' || why="$why message: $(sed -n 3p left)"
		why="$why$(session_left)"
		expect "$b: files limited to $limit blocks (ulimit -f): one line, restored, intact" "" "$why"
		sed -n 3p left | sed 's/^/# /'
		[ -f list ] && tail -n 1 list | sed 's/^/# /'
		rm -f list
		limit=$((limit + 512))
	done
done
done_testing

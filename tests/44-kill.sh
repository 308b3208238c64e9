#!/bin/sh
# 44-kill: kill -9 in the middle of a recording, for real.  A child
# records (the recorder in tests/42-session.test), committing after each
# step and writing the allocator's own _debugmallocstats for it; we kill
# it mid-run; while it runs, a replay opens the session being recorded.
# Then the file opens, the session is listed as interrupted,
# every step committed before the kill replays to exactly those stats
# (heapviz stats, and the replay screen's stats view),
# and the file takes new recordings.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

rec=${HEAPVIZ%/*}/tests/42-session.test
if [ ! -x "$rec" ]; then
	echo "1..0 # SKIP the recorder (tests/42-session.test) needs cmocka"
	exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-44.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
db=$tmp/sessions.db
mkdir "$tmp/expect"

# wait_for N FILE: until FILE has N "committed" lines (30 s at most)
wait_for() {
	i=0
	while n=$(grep -c '^committed [0-9]*$' "$2" 2>/dev/null); [ "${n:-0}" -lt "$1" ] && [ $i -lt 300 ]; do
		sleep 0.1
		i=$((i + 1))
	done
}

# ---- a slow recording, committing after each step --------------------------
"$rec" record "$db" 1000000 20 "$tmp/expect" >"$tmp/out" 2>"$tmp/err" &
pid=$!
wait_for 25 "$tmp/out"
# a replay opens a session still recording (lazily: the batches committed
# by then, by their index) and shows its end
"$HEAPVIZ" render --db "$db" --session 1 --at end --view stats --size 100x30 >"$tmp/live" 2>"$tmp/lerr"
expect "render of the session while it records: exit 0" 0 $?
seen=$(sed -n 's/^ step \([0-9]*\)\/\([0-9]*\) .*/\1 \2/p' "$tmp/live")
ok "it shows the end of what was committed (step ${seen:-none})" sh -c \
	'set -- $1; [ "${1:-0}" -ge 25 ] && [ "$1" = "$2" ]' x "$seen"
ok "the recorder is still running when killed" kill -0 $pid
kill -9 $pid
wait $pid
expect "it died of SIGKILL" 137 $?
last=$(grep '^committed [0-9]*$' "$tmp/out" | tail -n 1 | cut -d' ' -f2)
ok "it had committed steps" [ "${last:-0}" -ge 20 ]

"$HEAPVIZ" sessions --db "$db" >"$tmp/list" 2>"$tmp/lerr"
expect "the file opens: sessions exits 0" 0 $?
ok "the session is listed as interrupted" grep -q ' interrupted$' "$tmp/list"

bad=0
k=1
while [ $k -le "$last" ]; do
	if ! "$HEAPVIZ" stats --db "$db" --session 1 --at $k >"$tmp/stats" 2>"$tmp/serr" ||
	   ! cmp -s "$tmp/stats" "$tmp/expect/$k.stats"; then
		echo "# step $k does not replay: $(cat "$tmp/serr")"
		bad=$((bad + 1))
	fi
	k=$((k + 1))
done
expect "every committed step (1..$last) replays to the allocator's stats" 0 $bad
# the interrupted session through the replay screen (ui/stream.c, opened
# lazily): the stats view at a few committed steps shows those stats
bad=0
for k in 1 $((last / 2)) $last; do
	"$HEAPVIZ" render --db "$db" --session 1 --at $k --view stats --size 100x30 >"$tmp/shot" 2>"$tmp/serr"
	row=$(sed -n 3p "$tmp/expect/$k.stats")
	if ! grep -q "^ step $k/" "$tmp/shot" || ! grep -qF -- "$row" "$tmp/shot"; then
		echo "# render --at $k: $(cat "$tmp/serr")"
		bad=$((bad + 1))
	fi
done
expect "the interrupted session renders steps 1, $((last / 2)) and $last with their stats" 0 $bad
"$HEAPVIZ" stats --db "$db" --session 1 --at end >/dev/null 2>&1
expect "the end of the interrupted session replays" 0 $?

# ---- a fast recording, the writer committing on its own ---------------------
"$rec" record "$db" 100000000 0 >"$tmp/out2" 2>"$tmp/err2" &
pid=$!
sleep 2.5
ok "the fast recorder is still running when killed" kill -0 $pid
kill -9 $pid
wait $pid
expect "it died of SIGKILL" 137 $?
"$HEAPVIZ" sessions --db "$db" >"$tmp/list" 2>"$tmp/lerr"
expect "the file still opens" 0 $?
steps=$(awk '$1 == 2 { print $(NF - 2) }' "$tmp/list")
ok "session 2 committed steps without being asked (${steps:-0})" [ "${steps:-0}" -gt 0 ]
ok "session 2 is listed as interrupted" sh -c "awk '\$1 == 2' '$tmp/list' | grep -q ' interrupted$'"
"$HEAPVIZ" stats --db "$db" --session 2 --at end >/dev/null 2>"$tmp/serr"
expect "its end replays" 0 $?
"$HEAPVIZ" render --db "$db" --session 2 --at end >/dev/null 2>"$tmp/serr"
expect "its end renders (the replay screen opens it)" 0 $?

# ---- and the file takes new recordings -------------------------------------
"$rec" record "$db" 5 1 >/dev/null 2>"$tmp/err3"
expect "a new recording in the same file succeeds" 0 $?
"$HEAPVIZ" sessions --db "$db" >"$tmp/list"
ok "three sessions: two interrupted, one complete" sh -c \
	"[ \$(grep -c ' interrupted$' '$tmp/list') -eq 2 ] && [ \$(grep -c ' complete$' '$tmp/list') -eq 1 ]"
done_testing

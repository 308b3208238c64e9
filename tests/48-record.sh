#!/bin/sh
# 48-record: `heapviz run` records by default.  The program's output and
# status are the same with and without recording; the session is listed,
# named after the script, complete (even when the program raises), with
# the program's output kept where it was written; stats, diff and export
# read it at steps and at the end; --no-record writes nothing; the
# database is --db, else $HEAPVIZ_DB, else $XDG_DATA_HOME/heapviz; a
# database that cannot be written costs one stderr line, never the
# program's output or status; an interrupted run is listed as interrupted;
# a recording stops at --record-limit, the program running on; what the
# interpreter's shutdown prints while the recording ends comes out.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-48.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
db=$tmp/s.db
unset HEAPVIZ_DB

cat >"$tmp/prog.py" <<'EOF'
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
pts = [Point(i, i * 0.5) for i in range(40)]
d = {i: str(i) for i in range(50)}
tmp = [1.5, 2.5, 3.5, (1, 2), (3, 4, 5)]
del tmp
print(len(pts), len(d))
print(sum(p.y for p in pts))
EOF
cat >"$tmp/raises.py" <<'EOF'
x = [1, 2, 3]
print("before")
y = x[10]
EOF

run() {
	"$HEAPVIZ" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
# sql QUERY: one value from the database (python3 is the judge anyway)
sql() {
	python3 -c 'import sqlite3, sys; r = sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone(); print(r[0] if r else "")' "$db" "$1"
}

(cd "$tmp" && "$HEAPVIZ" run --no-record prog.py >plain.out 2>plain.err; echo $? >plain.rc)
(cd "$tmp" && "$HEAPVIZ" run --db "$db" prog.py >rec.out 2>rec.err; echo $? >rec.rc)
ok "recording leaves stdout as it was" cmp -s "$tmp/plain.out" "$tmp/rec.out"
ok "recording leaves stderr as it was" cmp -s "$tmp/plain.err" "$tmp/rec.err"
expect "recording leaves the status as it was" "$(cat "$tmp/plain.rc")" "$(cat "$tmp/rec.rc")"
ok "the database was made" test -s "$db"
cp "$tmp/plain.out" "$tmp/prog.out"

run sessions --db "$db"
ok "sessions lists the run by its script's name, complete" grep -q '^ *1  prog\.py .* complete$' "$tmp/out"
expect "the source is kept" "$(cat "$tmp/prog.py")" "$(sql 'SELECT source FROM session WHERE id = 1')"
expect "the output is kept, as written" "$(cat "$tmp/plain.out")" \
	"$(sql "SELECT group_concat(CAST(text AS TEXT), '') FROM (SELECT text FROM output WHERE session = 1 AND fd = 1 ORDER BY seq)")"
expect "output sits where it was written (after the last step began)" 1 \
	"$(sql 'SELECT min(position) > (SELECT max(first) FROM batch WHERE session = 1) - 70000 FROM output WHERE session = 1')"
expect "builtin types are named" list "$(sql "SELECT text FROM symbol WHERE session = 1 AND text = 'list'")"

run stats --db "$db" --at end
expect "stats at the end exits 0" 0 $rc
ok "stats has the pymalloc table" grep -q '^class   size   num pools   blocks in use  avail blocks$' "$tmp/out"
ok "stats has the free-list lines" grep -q 'free PyFloatObjects \* 24 bytes each' "$tmp/out"
ok "floats and tuples freed by the program sit on their free lists" \
	grep -Eq '^ +[1-9][0-9]* free PyFloatObjects' "$tmp/out"
run stats --db "$db" --session 1 --at 2
expect "stats at step 2 exits 0" 0 $rc

run diff --db "$db" 1 end
expect "diff exits 0" 0 $rc
ok "diff names builtin types" grep -q '^dict: size=' "$tmp/out"
ok "diff names a class by its name" grep -q '^Point: size=' "$tmp/out"
ok "diff names the script's lines" grep -q '^prog\.py:5: size=' "$tmp/out"

run export --db "$db" --at end --format json
expect "export json exits 0" 0 $rc
ok "export json is JSON with the 40 Point objects, each referenced" python3 -c '
import json, sys
h = json.load(open(sys.argv[1]))
pts = [o for o in h["objects"] if o["type"] == "Point"]
assert len(pts) == 40, len(pts)
refs = {(r["from"], r["to"]) for r in h["references"]}
assert all(any(t == p["address"] for _, t in refs) for p in pts)
' "$tmp/out"
run export --db "$db" --at 3 --format dot
ok "export dot at a step is a graph" grep -q '^digraph heap {' "$tmp/out"

(cd "$tmp" && "$HEAPVIZ" run --no-record raises.py >plain.out 2>plain.err; echo $? >plain.rc)
(cd "$tmp" && "$HEAPVIZ" run --db "$db" raises.py >rec.out 2>rec.err; echo $? >rec.rc)
expect "a program that raises: status 1 either way" "1 1" "$(cat "$tmp/plain.rc") $(cat "$tmp/rec.rc")"
ok "a program that raises: the same traceback" cmp -s "$tmp/plain.err" "$tmp/rec.err"
run sessions --db "$db"
ok "a program that raises is still complete" grep -q '^ *2  raises\.py .* complete$' "$tmp/out"
ok "its traceback is recorded as stderr" test "$(sql 'SELECT count(*) FROM output WHERE session = 2 AND fd = 2')" -ge 1

fresh=$tmp/fresh.db
HEAPVIZ_DB=$fresh "$HEAPVIZ" run --no-record "$tmp/prog.py" >/dev/null 2>&1
ok "--no-record writes nothing" test ! -e "$fresh"
HEAPVIZ_DB=$fresh "$HEAPVIZ" run "$tmp/prog.py" >/dev/null 2>&1
ok "HEAPVIZ_DB is where a run records" test -s "$fresh"
XDG_DATA_HOME=$tmp/xdg "$HEAPVIZ" run "$tmp/prog.py" >/dev/null 2>&1
ok "else XDG_DATA_HOME/heapviz/sessions.db, the folder made" test -s "$tmp/xdg/heapviz/sessions.db"

: >"$tmp/file"
"$HEAPVIZ" run --db "$tmp/file/sub/s.db" "$tmp/prog.py" >"$tmp/out" 2>"$tmp/err"
rc=$?
expect "an unwritable database: the program's status" 0 $rc
ok "an unwritable database: the program's output intact" cmp -s "$tmp/out" "$tmp/prog.out"
expect "an unwritable database: one line on stderr" 1 "$(wc -l <"$tmp/err" | tr -d ' ')"
ok "the line names the file and says the run is not recorded" grep -q "^heapviz: .*file/sub/s.db: .*the run is not recorded$" "$tmp/err"

cat >"$tmp/long.py" <<'EOF'
x = []
while True:
    x.append(len(x))
    if len(x) > 5000:
        x = []
EOF
"$HEAPVIZ" run --db "$db" "$tmp/long.py" >/dev/null 2>&1 &
pid=$!
sleep 1
kill -TERM $pid                 # (a background job ignores SIGINT, as python3 would)
wait $pid
rc=$?
expect "a quit signal ends the run as it would without recording" 143 $rc
run sessions --db "$db"
ok "an interrupted run is listed as interrupted" grep -q '^ *3  long\.py .* interrupted$' "$tmp/out"
run stats --db "$db" --session 3 --at end
expect "an interrupted run replays to its end" 0 $rc

# --record-limit: a program that runs long (or never ends) records 100-250
# MB a second; past the limit (default 4G) recording stops as on a full
# disk, with one line saying why, and the program runs on to python3's end
# (it once filled the disk: 56 GB in ten minutes of `while True`)
cat >"$tmp/loop.py" <<'EOF'
n = 0
for i in range(400000):
    n += i
print(n)
EOF
ldb=$tmp/limit.db
run run --db "$ldb" --record-limit 1M "$tmp/loop.py"
expect "past --record-limit: the program's status" 0 $rc
expect "past --record-limit: the program's output" 79999800000 "$(cat "$tmp/out")"
expect "past --record-limit: one line says recording stopped at the limit" 1 \
	"$(grep -c '^heapviz: .*limit.db: writing events: the recording reached its size limit (--record-limit 1M); recording stopped (steps up to [0-9]* saved)$' "$tmp/err")"
size=$(wc -c <"$ldb")
ok "past --record-limit: the file grew by about the limit ($size bytes)" test "$size" -lt 4000000
run sessions --db "$ldb"
ok "past --record-limit: the session is listed as interrupted" grep -q '^ *1  loop\.py .* interrupted$' "$tmp/out"
run stats --db "$ldb" --at end
expect "past --record-limit: what was recorded replays" 0 $rc
run run --db "$ldb" --record-limit 64M "$tmp/loop.py"
expect "within --record-limit: nothing said" "" "$(cat "$tmp/err")"
run sessions --db "$ldb"
ok "within --record-limit: complete" grep -q '^ *2  loop\.py .* complete$' "$tmp/out"
run run --record-limit 10K "$tmp/loop.py"
expect "a --record-limit below 1M: status 2" 2 $rc
expect "a --record-limit below 1M: one line" \
	"heapviz: --record-limit: '10K' is not a size from 1M to 1T (e.g. 512M, 16G)" "$(cat "$tmp/err")"

# The recording ends on a thread of its own while the interpreter is taken
# down beside it (run.c, finisher): what the shutdown prints (a global's
# __del__) still comes out as python3 prints it, it is not recorded (the
# shutdown is not part of the session), and the session is complete.
cat >"$tmp/bye.py" <<'EOF'
class A:
    def __del__(self):
        print("bye")
a = A()
print("hi")
EOF
bdb=$tmp/bye.db
run run --db "$bdb" "$tmp/bye.py"
expect "a print at shutdown while the recording ends: python3's output" "$(python3 "$tmp/bye.py")" "$(cat "$tmp/out")"
expect "a print at shutdown while the recording ends: nothing on stderr" "" "$(cat "$tmp/err")"
db=$bdb
expect "a print at shutdown is not recorded" hi \
	"$(sql "SELECT group_concat(CAST(text AS TEXT), '') FROM (SELECT text FROM output WHERE session = 1 AND fd = 1 ORDER BY seq)")"
run sessions --db "$bdb"
ok "a print at shutdown: the session is complete" grep -q '^ *1  bye\.py .* complete$' "$tmp/out"

# A quit signal while the recording ends beside a shutdown that never ends
# (a global's __del__ that loops): the finisher gives the signals back once
# the session is in, so SIGTERM ends the process as python3's (it was
# caught and kept for the join, which never came), the session complete.
cat >"$tmp/hang.py" <<'EOF'
class A:
    def __del__(self):
        print("bye", flush=True)
        while True:
            pass
a = A()
print("hi", flush=True)
EOF
# signal_at_shutdown SIG DB: runs hang.py recording into DB (stdout, stderr
# in $tmp/hout, $tmp/herr), sends SIG once the shutdown has begun, and
# returns the status it ended with (kill -9's 137 after 20 s)
signal_at_shutdown() {
	: >"$tmp/hout"
	env --default-signal=INT "$HEAPVIZ" run --db "$2" "$tmp/hang.py" >"$tmp/hout" 2>"$tmp/herr" &
	pid=$!
	i=0
	while ! grep -q bye "$tmp/hout" 2>/dev/null && [ $i -lt 300 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	kill -"$1" $pid         # during the end or after it: the end is in either way
	i=0
	while kill -0 $pid 2>/dev/null && [ $i -lt 200 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	kill -9 $pid 2>/dev/null
	wait $pid
}
if env --default-signal=INT true 2>/dev/null; then     # (a background job ignores SIGINT)
	signal_at_shutdown TERM "$tmp/hang.db"
	expect "SIGTERM during a shutdown that loops ends the run (143, not kill -9's 137)" 143 $?
	run sessions --db "$tmp/hang.db"
	ok "SIGTERM during a shutdown that loops: the session is complete" grep -q '^ *1  hang\.py .* complete$' "$tmp/out"

	# SIGINT in that shutdown: no KeyboardInterrupt (python3's _PySignal_Fini),
	# the process dies of it (130) once the session's end is in: complete
	signal_at_shutdown INT "$tmp/hang-int.db"
	expect "SIGINT during a shutdown that loops ends the run (130)" 130 $?
	expect "SIGINT during a shutdown that loops: no KeyboardInterrupt" "" "$(cat "$tmp/herr")"
	run sessions --db "$tmp/hang-int.db"
	ok "SIGINT during a shutdown that loops: the session is complete" grep -q '^ *1  hang\.py .* complete$' "$tmp/out"
fi

# The end's failure line (here --record-limit's) comes after what the
# shutdown writes beside the end (a slow __del__'s line on stderr), not
# wherever the finisher happened to be when it ended
cat >"$tmp/slowdel.py" <<'EOF'
import sys
class A:
    def __del__(self):
        n = 0
        for i in range(2000000):
            n += i
        sys.stderr.write("del %d\n" % n)
a = A()
n = 0
for i in range(400000):
    n += i
print(n)
EOF
run run --db "$tmp/slowdel.db" --record-limit 1M "$tmp/slowdel.py"
expect "a failed recording's line after the shutdown's stderr: the program's first" "del 1999999000000" "$(head -n 1 "$tmp/err")"
expect "a failed recording's line after the shutdown's stderr: then the line" 1 \
	"$(sed -n '2,$p' "$tmp/err" | grep -c '^heapviz: .*slowdel.db: writing events: the recording reached its size limit')"

done_testing

#!/bin/sh
# 90-cli: the command-line contract of DESIGN.md: help, version, exit
# statuses, and a one-line message for every kind of bad input.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# run ARGS...: sets rc, out (stdout) and err (stderr) of heapviz ARGS
run() {
	"$HEAPVIZ" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	out=$(cat "$tmp/out")
	err=$(cat "$tmp/err")
	errlines=$(wc -l <"$tmp/err" | tr -d ' ')
}

run --help
expect "--help exits 0" 0 "$rc"
ok "--help shows usage" grep -q '^Usage:' "$tmp/out"
ok "--help lists every command" sh -c 'for c in run replay sessions render stats diff export demos; do grep -q "heapviz $c" "$1" || exit 1; done' x "$tmp/out"
ok "--help names the profiles" grep -q 'cpython-3.11, cpython-3.8, classroom' "$tmp/out"
run -h
expect "-h is --help" 0 "$rc"
run run --help
expect "run --help exits 0" 0 "$rc"
ok "run --help shows run's usage" grep -q '^Usage: heapviz run \[OPTIONS\] SCRIPT.py' "$tmp/out"
ok "run --help lists --heap-limit" grep -q -- '--heap-limit SIZE' "$tmp/out"
run --version
expect "--version exits 0" 0 "$rc"
ok "--version names the program" grep -q '^heapviz [0-9]' "$tmp/out"

# bad input: one line on stderr, exit 2
bad() {
	name=$1; want=$2; shift 2
	run "$@"
	expect "$name: exit 2" 2 "$rc"
	expect "$name: one line" 1 "$errlines"
	expect "$name: message" "$want" "$err"
}
bad "unknown option" "heapviz: unknown option '--frob' (see heapviz --help)" --frob
bad "unknown option with value" "heapviz: unknown option '--frob' (see heapviz --help)" --frob=1
bad "bad profile" "heapviz: --profile: unknown profile 'pdp11' (known: cpython-3.11, cpython-3.8, classroom)" run --profile pdp11 x.py
bad "missing argument" "heapviz: --profile needs an argument: NAME" run x.py --profile
bad "heap limit zero" "heapviz: --heap-limit: '0' is not a size from 64K to 1T (e.g. 256M, 2G)" run --heap-limit 0 x.py
bad "heap limit junk" "heapviz: --heap-limit: '12Q' is not a size from 64K to 1T (e.g. 256M, 2G)" run --heap-limit=12Q x.py
bad "heap limit huge" "heapviz: --heap-limit: '99999T' is not a size from 64K to 1T (e.g. 256M, 2G)" run --heap-limit 99999T x.py
bad "bad screen size" "heapviz: --size: '0x40' is not COLSxROWS from 1x1 to 10000x10000 (e.g. 120x40)" render --size 0x40
bad "screen size too big: says the limit" "heapviz: --size: '100000x100000' is not COLSxROWS from 1x1 to 10000x10000 (e.g. 120x40)" render --size 100000x100000
bad "bad ui" "heapviz: --ui: unknown backend 'gtk' (known: ncurses, tickit)" --ui gtk
bad "bad format" "heapviz: --format: unknown format 'png' (known: json, dot, asciicast)" export --format png
bad "export without format" "heapviz: export needs --format json|dot|asciicast" export
bad "option for another command" "heapviz: --format does not apply to 'run' (see heapviz run --help)" run --format json x.py
bad "flag with a value" "heapviz: --no-record takes no argument" run --no-record=yes x.py
bad "run needs a script" "heapviz: run needs [OPTIONS] SCRIPT.py (see heapviz run --help)" run
bad "diff needs two" "heapviz: diff needs [--session ID] FROM TO (see heapviz diff --help)" diff 1
bad "extra argument" "heapviz: unexpected argument 'b.py' (see heapviz run --help)" run a.py b.py
# options before the command made the command a script's name ("unexpected argument '6'")
bad "options before a command" "heapviz: 'replay' is a command: it comes first, then its options (heapviz replay [OPTIONS] [SESSION])" --ui tickit replay 6
bad "options before run" "heapviz: 'run' is a command: it comes first, then its options (heapviz run [OPTIONS] SCRIPT.py)" --no-record run x.py
bad "missing script" "heapviz: $tmp/nope.py: No such file or directory" run "$tmp/nope.py"

# accepted sizes
echo 'x = 1' >"$tmp/ok.py"
for s in 64K 256M 1G 2GiB 1T 65536; do
	run run --no-record --heap-limit "$s" "$tmp/ok.py"
	ok "heap limit $s is accepted" sh -c "! grep -q 'heap-limit' '$tmp/err'"
done

# Both streams in one file: python3 flushes stdout when the script ends,
# before it prints an uncaught exception, so the output comes first; a
# SyntaxWarning, written while compiling, comes before both.
printf 'print("before")\nx = 1 is 1\nraise ValueError("v")\n' >"$tmp/raise.py"
"$HEAPVIZ" run --no-record "$tmp/raise.py" >"$tmp/both" 2>&1
ok "2>&1: the warning, then the output, then the traceback" sh -c '
	grep -n "SyntaxWarning\|^before\|^ValueError" "$1" | cut -d: -f1 | tr "\n" " " | grep -qx "1 3 7 "' x "$tmp/both"

# Output to a closed pipe (`heapviz run p.py | head -1`): as python3, which
# ignores SIGPIPE and buffers stdout by 8 KiB, the write that finds the
# pipe closed raises BrokenPipeError in the program; what a flush at the
# end cannot write is "Exception ignored" and exit status 120.  Measured
# with /usr/bin/python3 (PYTHONUNBUFFERED unset); the session ends properly.
# piped NAME: runs $tmp/NAME.py into `head -1`, its stderr in $tmp/err, its
# status in $tmp/rc
piped() {
	rm -f "$tmp/pipe.db"
	{
		(cd "$tmp" && "$HEAPVIZ" run --db "$tmp/pipe.db" "$1.py" 2>"$tmp/err")
		echo $? >"$tmp/rc"
	} | head -n 1 >"$tmp/out"
}
printf 'for i in range(100000):\n    print(i)\n' >"$tmp/lines.py"
piped lines
expect "closed pipe, uncaught: exit status 1" 1 "$(cat "$tmp/rc")"
# the script's absolute path, as python3 3.11 names __main__'s file
here=$(cd "$tmp" && pwd)
printf 'Traceback (most recent call last):\n  File "%s", line 2, in <module>\n    print(i)\nBrokenPipeError: [Errno 32] Broken pipe\n' \
	"$here/lines.py" >"$tmp/want"
ok "closed pipe, uncaught: python3's traceback" cmp -s "$tmp/err" "$tmp/want"
expect "closed pipe: the reader got the first line" 0 "$(cat "$tmp/out")"
"$HEAPVIZ" sessions --db "$tmp/pipe.db" >"$tmp/list" 2>&1
ok "closed pipe: the session is complete" grep -q ' complete$' "$tmp/list"

printf 'try:\n    for i in range(100000):\n        print(i)\nexcept BrokenPipeError as e:\n    x = e.errno\nprint(x)\n' \
	>"$tmp/late.py"
piped late
expect "closed pipe, caught, then a print: exit status 120" 120 "$(cat "$tmp/rc")"
printf "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n" \
	>"$tmp/want"
ok "closed pipe, caught, then a print: the last flush's exception ignored" cmp -s "$tmp/err" "$tmp/want"

printf 'try:\n    for i in range(100000):\n        print(i)\nexcept BrokenPipeError:\n    pass\nprint(1)\nraise ValueError(2)\n' \
	>"$tmp/both.py"
piped both
expect "closed pipe, then an uncaught error: exit status 120" 120 "$(cat "$tmp/rc")"
printf 'Traceback (most recent call last):\n  File "%s", line 7, in <module>\n    raise ValueError(2)\nValueError: 2\n' \
	"$here/both.py" >"$tmp/want"
printf "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n" \
	>>"$tmp/want"
ok "closed pipe, then an uncaught error: its traceback, then the exception ignored" cmp -s "$tmp/err" "$tmp/want"

printf 'try:\n    for i in range(100000):\n        print(i)\nexcept BrokenPipeError:\n    pass\n' >"$tmp/quiet.py"
piped quiet
expect "closed pipe, caught, nothing after: exit status 0" 0 "$(cat "$tmp/rc")"
ok "closed pipe, caught, nothing after: nothing on stderr" test ! -s "$tmp/err"

# print(..., flush=True) writes to the host then, as python3's raw write
# does: a reader sees it while the program runs; a closed pipe found by
# that flush is the program's BrokenPipeError, its data dropped (python3:
# status 1, no "Exception ignored" at exit).
printf 'for i in range(100000):\n    print(i, flush=True)\n' >"$tmp/flushed.py"
piped flushed
expect "closed pipe, print(flush=True), uncaught: exit status 1" 1 "$(cat "$tmp/rc")"
ok "closed pipe, print(flush=True), uncaught: the traceback only" sh -c \
	'tail -n 1 "$1" | grep -qx "BrokenPipeError: \[Errno 32\] Broken pipe" && ! grep -q "Exception ignored" "$1"' x "$tmp/err"
printf 'print("start", flush=True)\nwhile True:\n    pass\n' >"$tmp/spin.py"
(cd "$tmp" && exec "$HEAPVIZ" run --no-record spin.py >"$tmp/spin.out" 2>/dev/null) &
spin=$!
i=0
while [ ! -s "$tmp/spin.out" ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i + 1)); done
ok "print(flush=True): out while the program still runs" sh -c 'kill -0 "$1" && grep -qx start "$2"' x $spin "$tmp/spin.out"
kill -KILL $spin 2>/dev/null
wait $spin 2>/dev/null

done_testing

#!/bin/sh
# 92-stdin: `heapviz run -` reads the program from stdin, as `python3 -`
# does.  The programs of tests/stdin, fed on stdin, must print what python3
# printed for them read the same way (committed beside them by
# tests/stdin/regen.sh): stdout, the whole stderr (file names "<stdin>",
# tracebacks without source lines, a syntax error with its line) and the
# exit status.  A sample of the differential corpus (tests/py) must give
# through stdin what it gives from its file.  The session is named
# "<stdin>"; the interactive `heapviz -` says in one line why it cannot.
. "${TOP_SRCDIR:-.}/tests/tap.sh"
. "${TOP_SRCDIR:-.}/tests/py/piped.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-stdin.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
LC_ALL=C.UTF-8; export LC_ALL
unset HEAPVIZ_DB
dir=$TOP_SRCDIR/tests/stdin
for prog in "$dir"/*.py; do
	prog_name=$(basename "$prog" .py)
	"$HEAPVIZ" run --no-record - <"$prog" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	ok "$prog_name: stdout as python3 -" cmp -s "$dir/$prog_name.out" "$tmp/out"
	ok "$prog_name: stderr as python3 -" cmp -s "$dir/$prog_name.err" "$tmp/err"
	expect "$prog_name: exit status as python3 -" "$(cat "$dir/$prog_name.rc")" "$rc"
	cmp -s "$dir/$prog_name.err" "$tmp/err" || diff "$dir/$prog_name.err" "$tmp/err" | sed 's/^/# /'
done

# A sample of the corpus (one program in ten, not listed in XFAIL): from
# stdin as from its file, up to the file's name.
py=$TOP_SRCDIR/tests/py
for prog in "$py"/[0-9][0-9]0-*.py; do
	prog_name=$(basename "$prog" .py)
	grep -q "^$prog_name\\b" "$py/XFAIL" 2>/dev/null && continue
	grep -q "$prog_name" "$py/$prog_name.out" && continue     # prints its own file name
	# quotes its own lines (Traceback.format: linecache reads the file; python3 -
	# reads nothing for "<stdin>", and the read's peak is what such a program prints)
	grep -q 'traceback\.format(' "$prog" && continue
	# stdout a pipe, as tests/py/regen.sh ran python3 (piped.sh: 890 prints past st_blksize)
	rc=$(cd "$py" && piped "$tmp/out" "$tmp/err" "$HEAPVIZ" run --no-record - <"$prog_name.py")
	ok "$prog_name from stdin: stdout as from its file" cmp -s "$py/$prog_name.out" "$tmp/out"
	expect "$prog_name from stdin: stderr's last line" "$(tail -n 1 "$py/$prog_name.err")" \
		"$(tail -n 1 "$tmp/err")"
	expect "$prog_name from stdin: exit status" "$(cat "$py/$prog_name.rc")" "$rc"
done

# The session a program from stdin records is named "<stdin>".
echo 'xs = [1, 2, 3]' | "$HEAPVIZ" run --db "$tmp/s.db" -
expect "recorded: exit 0" 0 $?
"$HEAPVIZ" sessions --db "$tmp/s.db" >"$tmp/sessions"
ok "the session is named <stdin>" grep -q '^ *1  <stdin> .* complete$' "$tmp/sessions"
# An empty stdin is an empty program, as for python3.
"$HEAPVIZ" run --no-record - </dev/null >"$tmp/out" 2>"$tmp/err"
expect "an empty stdin: exit 0" 0 $?
expect "an empty stdin: nothing printed" "" "$(cat "$tmp/out" "$tmp/err")"
# Live, stdin is the keyboard: one line that says why not, exit 2.
echo 'x = 1' | "$HEAPVIZ" --no-record - >"$tmp/out" 2>"$tmp/err"
expect "heapviz -: exit 2" 2 $?
expect "heapviz -: one line" 1 "$(wc -l <"$tmp/err" | tr -d ' ')"
ok "heapviz -: says why and what to do instead" grep -q 'reads its keys from stdin.*heapviz run -' "$tmp/err"
done_testing

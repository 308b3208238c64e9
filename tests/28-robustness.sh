#!/bin/sh
# 28-robustness: bad input and runaway programs.  Ctrl-C raises
# KeyboardInterrupt (status 130 when uncaught, as python3 ends by SIGINT);
# --heap-limit turns exhaustion into a catchable MemoryError; odd files (NUL
# bytes, non-UTF-8, empty, a 10 MB line, 100,000-deep nesting) behave as
# python3 does: same stdout, same last stderr line, same status.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-28.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
tmp=$(cd "$tmp" && pwd -P)
PY=/usr/bin/python3

# ---- Ctrl-C ----------------------------------------------------------------
# interrupted NAME SOURCE WANT-STATUS WANT-LAST-STDERR WANT-STDOUT
interrupted() {
	printf "$2" >"$tmp/$1.py"
	: >"$tmp/out"
	(cd "$tmp" && exec env --default-signal=INT "$HEAPVIZ" run --no-record "$1.py" \
		>"$tmp/out" 2>"$tmp/err") &
	pid=$!
	i=0                                 # wait until the program is in its loop
	while [ ! -s "$tmp/out" ] && [ $i -lt 1200 ]; do sleep 0.05; i=$((i + 1)); done
	kill -INT $pid
	i=0
	while [ -n "${watchdog:-}" ] && kill -0 $pid 2>/dev/null && [ $i -lt 1200 ]; do sleep 0.05; i=$((i + 1)); done
	[ -n "${watchdog:-}" ] && kill -0 $pid 2>/dev/null && kill -KILL $pid
	wait $pid
	expect "$1: status" "$3" $?
	expect "$1: last line of stderr" "$4" "$(tail -n 1 "$tmp/err")"
	expect "$1: stdout" "$5" "$(cat "$tmp/out")"
}
if env --default-signal=INT true 2>/dev/null; then
	interrupted uncaught 'print("start", flush=True)\nwhile 1:\n    pass\n' 130 KeyboardInterrupt start
	interrupted in-function 'def spin():\n    n = 0\n    while True:\n        n += 1\nprint("go", flush=True)\ntry:\n    spin()\nfinally:\n    print("finally ran")\n' \
		130 KeyboardInterrupt "$(printf 'go\nfinally ran')"
	interrupted caught 'print("go", flush=True)\ntry:\n    while 1:\n        x = [1]\nexcept KeyboardInterrupt as e:\n    print("caught", type(e).__name__, repr(e))\n' \
		0 "" "$(printf 'go\ncaught KeyboardInterrupt KeyboardInterrupt()')"
	# One statement of long arithmetic (seconds to minutes of digit work):
	# longobject.c's SIGCHECK in x_mul's and x_divrem's loops stops it.
	# A run still going a minute after its SIGINT is killed and fails.
	watchdog=1
	interrupted huge-pow 'e = 10**2000\nprint("start", flush=True)\nx = 10 ** e\n' 130 KeyboardInterrupt start
	interrupted huge-pow-caught 'e = 10**2000\nprint("start", flush=True)\ntry:\n    x = 7 ** e\nexcept KeyboardInterrupt:\n    print("caught")\n' \
		0 "" "$(printf 'start\ncaught')"
	interrupted huge-divide 'a = 10**3000000\nb = 10**1500000 + 1\nprint("start", flush=True)\nq = a // b\n' \
		130 KeyboardInterrupt start
	# long_to_decimal_string's SIGCHECK, once per digit of its quadratic loop
	interrupted huge-str 'import sys\nsys.set_int_max_str_digits(0)\nx = 10**3000000\nprint("start", flush=True)\ns = str(x)\n' \
		130 KeyboardInterrupt start
	interrupted huge-format-caught 'import sys\nsys.set_int_max_str_digits(0)\nx = 10**3000000 - 1\nprint("start", flush=True)\ntry:\n    s = f"{x:,}"\nexcept KeyboardInterrupt:\n    print("caught")\n' \
		0 "" "$(printf 'start\ncaught')"
	# In the shutdown (a global's __del__ that loops) SIGINT is no
	# KeyboardInterrupt any more: Py_FinalizeEx's _PySignal_Fini gave it its
	# default action back, and python3 dies of it (heapviz printed the
	# __del__'s KeyboardInterrupt as ignored and ended with status 0)
	interrupted at-shutdown 'class A:\n    def __del__(self):\n        print("bye", flush=True)\n        while True:\n            pass\na = A()\n' \
		130 "" bye
	watchdog=
fi

# ---- the simulated heap's limit ---------------------------------------------
cat >"$tmp/mem.py" <<'EOF'
x = []
try:
    while True:
        x.append([0] * 1000)
except MemoryError as e:
    n = len(x)
    x = None
    print("caught MemoryError", type(e).__name__, n > 100)
y = [1] * 10
print("the heap works again", len(y))
z = []
while True:
    z.append("a" * 10000)
EOF
(cd "$tmp" && "$HEAPVIZ" run --no-record --heap-limit 16M mem.py >"$tmp/out" 2>"$tmp/err")
expect "heap limit: status" 1 $?
expect "heap limit: caught, then works" "$(printf 'caught MemoryError MemoryError True\nthe heap works again 10')" \
	"$(cat "$tmp/out")"
expect "heap limit: uncaught" MemoryError "$(tail -n 1 "$tmp/err")"
expect "heap limit: only the uncaught one's frame" 1 "$(grep -c 'File ' "$tmp/err" | tr -d ' ')"

# ---- files as python3 sees them ---------------------------------------------
# same NAME: heapviz and python3 agree on stdout, last stderr line, status
same() {
	[ -x "$PY" ] || return 0
	(cd "$tmp" && "$PY" "$1.py" >"$tmp/py.out" 2>"$tmp/py.err")
	prc=$?
	(cd "$tmp" && timeout 120 "$HEAPVIZ" run --no-record "$1.py" >"$tmp/hv.out" 2>"$tmp/hv.err")
	hrc=$?
	expect "$1: status" $prc $hrc
	expect "$1: last line of stderr" "$(tail -n 1 "$tmp/py.err")" "$(tail -n 1 "$tmp/hv.err")"
	ok "$1: stdout" cmp -s "$tmp/py.out" "$tmp/hv.out"
}
printf 'print(1)\nx = 12\0 3\nprint(x)\n' >"$tmp/nul.py";                  same nul
printf 'print(1) # \0 junk\nprint(2)\n' >"$tmp/nul-comment.py";            same nul-comment
printf 'x = "caf\351"\nprint(x)\n' >"$tmp/latin1.py";                      same latin1
printf '# -*- coding: latin-1 -*-\nprint("caf\351")\n' >"$tmp/cookie.py";  same cookie
printf '\357\273\277print("bom")\r\nprint(2)\r\n' >"$tmp/bom-crlf.py";     same bom-crlf
: >"$tmp/empty.py";                                                         same empty
printf 'print(1)' >"$tmp/no-newline.py";                                    same no-newline
awk 'BEGIN { printf "s = \""; for (i = 0; i < 1000000; i++) printf "abcdefghij"; print "\"\nprint(len(s), s[-3:])" }' \
	>"$tmp/ten-mb.py";                                                  same ten-mb
awk 'BEGIN { printf "x = ["; for (i = 0; i < 1500000; i++) printf "%d, ", i % 300; print "]\nprint(len(x), sum(x))" }' \
	>"$tmp/long-list.py";                                               same long-list
deep() {                                # deep NAME OPEN ATOM CLOSE: 100,000 levels
	awk -v o="$2" -v a="$3" -v c="$4" 'BEGIN { printf "x = "; for (i = 0; i < 100000; i++) printf "%s", o;
		printf "%s", a; for (i = 0; i < 100000; i++) printf "%s", c; print "\nprint(x)" }' >"$tmp/$1.py"
	same "$1"
}
deep deep-parens "(" 1 ")"
deep deep-lists "[" "" "]"
deep deep-minus "-" 1 ""
deep deep-not "not " 1 ""
deep deep-power "2**" 1 ""
awk 'BEGIN { printf "x = 1"; for (i = 0; i < 100000; i++) printf " + 1"; print "\nprint(x)" }' >"$tmp/deep-sum.py"
same deep-sum
awk 'BEGIN { printf "x = f"; for (i = 0; i < 100000; i++) printf "()"; print "" }' >"$tmp/deep-calls.py"
same deep-calls
awk 'BEGIN { for (i = 0; i < 120; i++) { for (j = 0; j < i; j++) printf " "; print "if True:" }
	for (j = 0; j < 120; j++) printf " "; print "pass" }' >"$tmp/deep-indent.py"
same deep-indent
printf 'def f(n):\n    return f(n + 1)\nf(0)\n' >"$tmp/runaway.py";       same runaway

done_testing

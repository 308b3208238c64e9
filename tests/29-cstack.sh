#!/bin/sh
# 29-cstack: with the recursion limit raised, recursions through C code
# (__init__ run by a class call, sorted's key, map, a dunder method, repr
# of a nested list, a nested tuple's hash, generators) overflow python3's C
# stack (SIGSEGV); heapviz stops each with a RecursionError saying why,
# at any stack size, and the program can catch it and go on.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-29.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# guarded NAME BODY: BODY recurses 300,000 deep through C; caught, then on
guarded() {
	printf 'import sys\nsys.setrecursionlimit(10**6)\n%s\ntry:\n    run(300000)\nexcept RecursionError as e:\n    print("caught", "C stack" in str(e))\nprint("after", run(50))\n' \
		"$2" >"$tmp/$1.py"
	for kb in 8192 2048; do
		(ulimit -s $kb && cd "$tmp" && exec "$HEAPVIZ" run --no-record "$1.py") >"$tmp/out" 2>"$tmp/err"
		expect "$1 (stack $kb KiB): status" 0 $?
		expect "$1 (stack $kb KiB): output" "$(printf 'caught True\nafter ok')" "$(cat "$tmp/out")"
	done
}
guarded init 'class A:
    def __init__(self, n):
        self.c = A(n - 1) if n else None
def run(n):
    A(n)
    return "ok"'
guarded sorted-key 'def f(n):
    return 0 if n == 0 else sorted([n - 1], key=f)[0] + 1
def run(n):
    f(n)
    return "ok"'
guarded map 'def f(n):
    return 0 if n == 0 else sum(map(f, [n - 1])) + 1
def run(n):
    f(n)
    return "ok"'
guarded dunder 'class N:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        return self if self.n == 0 else N(self.n - 1) + o
def run(n):
    N(n) + N(0)
    return "ok"'
guarded yield-from 'def g(n):
    if n:
        yield from g(n - 1)
    yield n
def run(n):
    sum(g(n))
    return "ok"'
guarded repr 'def run(n):
    x = []
    for i in range(n):
        x = [x]
    repr(x)
    return "ok"'
guarded tuple-hash 'def run(n):
    t = ()
    for i in range(n):
        t = (t,)
    hash(t)
    return "ok"'

# Uncaught: the traceback's last line, status 1 (python3: SIGSEGV).
printf 'import sys\nsys.setrecursionlimit(10**6)\nclass A:\n    def __init__(self, n):\n        A(n - 1)\nA(10**6)\n' >"$tmp/uncaught.py"
(cd "$tmp" && exec "$HEAPVIZ" run --no-record uncaught.py) >"$tmp/out" 2>"$tmp/err"
expect "uncaught: status" 1 $?
# Which check finds the stack full first (a frame's, or a C call's: "...
# exceeded while calling a Python object (...)") depends on the build's
# frame sizes: ASan's are bigger.
last=$(tail -n 1 "$tmp/err")
case $last in
"RecursionError: maximum recursion depth exceeded"*" (heapviz's C stack is full: python3 crashes with a segmentation fault near this depth)")
	ok "uncaught: last line" true ;;
*)
	echo "# got: $last"
	ok "uncaught: last line" false ;;
esac

done_testing

#!/bin/sh
# 23-environ-refs: sys.getrefcount(b"") counts the references python3's
# posix.environ holds to the empty bytes, one per variable with an empty
# value or name (vm.c environ_empty_bytes), which the differential corpus
# cannot fix (the harness's environment is the caller's).  Each program
# runs under python3 and heapviz in the same cleared environment.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

PY=${PYTHON:-/usr/bin/python3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-environ.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
printf 'import sys\ndef f(x):\n    return x\nprint(sys.getrefcount(b""), f(b"") == b"")\n' >"$tmp/prog.py"

# same CASE VAR=VALUE...: python3 and heapviz print the same in env -i VARS
same() {
	case=$1
	shift
	if [ ! -x "$PY" ]; then
		tap_n=$((tap_n + 1)); echo "ok $tap_n - $case # SKIP no $PY"; return
	fi
	want=$(cd "$tmp" && env -i PYTHONHASHSEED=0 "$@" "$PY" prog.py 2>&1)
	got=$(cd "$tmp" && env -i PYTHONHASHSEED=0 "$@" "$HEAPVIZ" run --no-record prog.py 2>&1)
	expect "$case: sys.getrefcount(b\"\") as python3's" "$want" "$got"
	eval "out_$(echo "$case" | tr -c 'a-z0-9\n' _)=\$got"
}
same none
same two-empty A= B= C=x
same empty-name =x D=
# the cases differ, so a count that ignored the environment would fail
ok "empty values add references" test "$out_none" != "$out_two_empty"
done_testing

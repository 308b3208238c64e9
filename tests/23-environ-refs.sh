#!/bin/sh
# 23-environ-refs: sys.getrefcount(b"") and of a one-byte bytes count the
# references python3's posix.environ holds to those static objects, one
# per variable whose name or value is empty or one byte long, the first
# of a repeated name only (heap/environrefs.h, ui/run.c run_environ_refs),
# which the differential corpus cannot fix (the harness's environment is
# the caller's).  Each program runs under python3 and heapviz in the same
# cleared environment.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

PY=${PYTHON:-/usr/bin/python3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-environ.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# prog.py: b''; bytes.py: some one-byte bytes (0 and 1 are common values)
printf 'import sys\ndef f(x):\n    return x\nprint(sys.getrefcount(b""), f(b"") == b"")\n' >"$tmp/prog.py"
printf 'import sys\nfor i in b"012ABXx_\\xff":\n    print(bytes([i]), sys.getrefcount(bytes([i])))\n' >"$tmp/bytes.py"

# same CASE VAR=VALUE...: python3 and heapviz print the same in env -i VARS,
# each program; out_CASE keeps what heapviz printed
same() {
	case=$1
	shift
	if [ ! -x "$PY" ]; then
		tap_n=$((tap_n + 1)); echo "ok $tap_n - $case # SKIP no $PY"; return
	fi
	all=
	for prog in prog bytes; do
		want=$(cd "$tmp" && env -i PYTHONHASHSEED=0 "$@" "$PY" $prog.py 2>&1)
		got=$(cd "$tmp" && env -i PYTHONHASHSEED=0 "$@" "$HEAPVIZ" run --no-record $prog.py 2>&1)
		expect "$case: $prog.py's sys.getrefcount as python3's" "$want" "$got"
		all="$all$got"
	done
	eval "out_$(echo "$case" | tr -c 'a-z0-9\n' _)=\$all"
}
same none
same two-empty A= B= C=x
same empty-name =x D=
same one-byte-values A=2 B=2 C=x D=22
same one-byte-names A=22 B=x _=/bin/true
same one-byte-high "A=$(printf '\377')" "$(printf '\377')=1"
# the cases differ, so a count that ignored the environment would fail
ok "empty values add references" test "$out_none" != "$out_two_empty"
ok "one-byte values add references" test "$out_none" != "$out_one_byte_values"
ok "one-byte names add references" test "$out_none" != "$out_one_byte_names"
done_testing

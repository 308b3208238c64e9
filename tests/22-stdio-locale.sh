#!/bin/sh
# 22-stdio-locale: sys.stdout's and sys.stderr's encoding and error handlers as python3
# chooses them from the environment (heap/textio.c textio_stdio_policy,
# ui/run.c run_stdio), for the settings the differential corpus cannot
# express with "#% locale NAME" (it unsets PYTHONUTF8 and
# PYTHONCOERCECLOCALE): each program runs under python3 and heapviz in the
# same environment, stdout, stderr and status compared.  A case whose
# python3 does not report the encoding and handler this machine should
# give (another libc, a missing locale) is skipped.
. "${TOP_SRCDIR:-.}/tests/tap.sh"
. "${TOP_SRCDIR:-.}/tests/py/piped.sh"

PY=${PYTHON:-/usr/bin/python3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-stdio.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
unset PYTHONIOENCODING PYTHONUTF8 PYTHONCOERCECLOCALE
export PYTHONHASHSEED=0
cat >"$tmp/prog.py" <<'PROG'
import sys
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.encoding, sys.stderr.errors)
print('to stderr \udce9', file=sys.stderr)
print('plain', 'caf\xe9')
print('escaped \udce9.')
print('after')
PROG

# check CASE "ENCODING ERRORS" VAR=VALUE...
check() {
	case=$1 want=$2
	shift 2
	if [ ! -x "$PY" ]; then
		tap_n=$((tap_n + 1)); echo "ok $tap_n - $case # SKIP no $PY"; return
	fi
	got=$(cd "$tmp" && env "$@" "$PY" -c 'import sys; print(sys.stdout.encoding, sys.stdout.errors)' 2>/dev/null)
	if [ "$got" != "$want" ]; then
		tap_n=$((tap_n + 1)); echo "ok $tap_n - $case # SKIP python3 here has $got"; return
	fi
	rc1=$(cd "$tmp" && piped py.out py.err env "$@" "$PY" prog.py </dev/null)
	rc2=$(cd "$tmp" && piped hv.out hv.err env "$@" "$HEAPVIZ" run --no-record prog.py </dev/null)
	ok "$case: stdout" cmp -s "$tmp/py.out" "$tmp/hv.out"
	ok "$case: stderr" cmp -s "$tmp/py.err" "$tmp/hv.err"
	expect "$case: status" "$rc1" "$rc2"
}

check "C.UTF-8" "utf-8 surrogateescape" LC_ALL=C.UTF-8
check "C, UTF-8 mode" "utf-8 surrogateescape" LC_ALL=C
check "C.UTF8: strict" "utf-8 strict" LC_ALL=C.UTF8
check "C without UTF-8 mode: ASCII" "ascii surrogateescape" LC_ALL=C PYTHONUTF8=0
check "C coerced to C.UTF-8" "utf-8 surrogateescape" LC_ALL= LC_CTYPE= LANG=C PYTHONUTF8=0
check "C, coercion off: ASCII" "ascii surrogateescape" LC_ALL= LC_CTYPE= LANG=C PYTHONUTF8=0 \
	PYTHONCOERCECLOCALE=0
check "UTF-8 mode forced" "utf-8 surrogateescape" LC_ALL=C.UTF8 PYTHONUTF8=1
done_testing

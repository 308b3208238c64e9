#!/bin/sh
# 80-fuzz: the front end (tests/fuzz-parse.c) and the interpreter
# (tests/fuzz-eval.c) under libFuzzer with ASan and UBSan, each for
# FUZZ_SECONDS (default 4; `make fuzz` runs them longer).  Seeds: the
# committed corpus tests/fuzz/NAME/ plus every program of tests/parse and
# tests/py.  Needs clang with libFuzzer (Debian: libclang-rt-14-dev);
# skipped otherwise.  The instrumented objects of heap/ are cached in
# tests/fuzz-build/, keyed by a checksum of the sources and flags.
#
# A crash fails the test and prints the input (hex) and the stack; the
# input is kept in FUZZ_ARTIFACTS (default: a temporary directory).  Add it
# to tests/fuzz/NAME/ so tests/81-fuzz-replay.sh replays it for ever.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

skip() {
	echo "1..0 # SKIP $1"
	exit 0
}
CLANG=${CLANG:-clang}
command -v "$CLANG" >/dev/null 2>&1 || skip "no clang"
build=${HEAPVIZ%/*}
src=${TOP_SRCDIR:-.}
secs=${FUZZ_SECONDS:-4}
# Under `make check` (no FUZZ_SECONDS) the mutations are reproducible: a
# fixed seed, and a bounded number of runs past the seed inputs, so CI
# never fails on a finding of the day; `make fuzz` explores at random.
#
# Every input ends by itself: fuzz-eval's step and heap limits count work,
# not time (tests/87-step-limit.c), so -timeout only guards against a hang.
# Under `make check` it is generous (an input of 1 s in a quiet normal
# build takes 3x that under ASan and 10x more at load 10 on 2 cores); `make
# fuzz` keeps 20 s, to report slow inputs as findings.
if [ -n "${FUZZ_SECONDS:-}" ]; then
	budget="-max_total_time=$secs"
	timeout=20
else
	budget="-seed=1 -max_total_time=60"
	timeout=300
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-80.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
echo 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { return 0; }' >"$tmp/probe.c"
"$CLANG" -fsanitize=fuzzer "$tmp/probe.c" -o "$tmp/probe" >/dev/null 2>&1 ||
	skip "clang has no libFuzzer (install libclang-rt-14-dev)"

# ---- build: heap/ once (cached), then one binary per target ---------------
flags="-std=c11 -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
key=$(cat "$src"/heap/*.[ch] "$build/config.h" | cksum | tr ' ' -)-$(echo "$CLANG $flags" | cksum | tr ' ' -)
cache=$build/tests/fuzz-build
objs=$cache/$key
if [ ! -f "$objs/done" ]; then
	rm -rf "$cache"
	mkdir -p "$objs"
	for c in "$src"/heap/*.c; do
		o=$objs/$(basename "$c" .c).o
		"$CLANG" $flags -include "$build/config.h" -I"$src/heap" -c "$c" -o "$o" \
			2>>"$tmp/build.log" || break
	done && touch "$objs/done"
fi
for t in parse eval; do
	"$CLANG" $flags -fsanitize=fuzzer -include "$build/config.h" -I"$src/heap" \
		"$src/tests/fuzz-$t.c" "$objs"/*.o -lm -o "$tmp/fuzz-$t" 2>>"$tmp/build.log"
done
ok "the fuzz targets build" test -x "$tmp/fuzz-parse" -a -x "$tmp/fuzz-eval"
[ -x "$tmp/fuzz-eval" ] || { sed 's/^/# /' "$tmp/build.log" | tail -n 30; done_testing; }

# ---- run each for $secs seconds -------------------------------------------
art=${FUZZ_ARTIFACTS:-$tmp/artifacts}
mkdir -p "$art" "$tmp/seeds"
for f in "$src"/tests/parse/*.py; do cp "$f" "$tmp/seeds/parse-${f##*/}"; done
for f in "$src"/tests/py/*.py; do cp "$f" "$tmp/seeds/py-${f##*/}"; done
# FUZZ_LEAKS=0 turns LeakSanitizer off for the interpreter (to hunt other
# kinds of bug past a known leak); on by default.
for t in parse eval; do
	mkdir "$tmp/new-$t"
	leaks=1
	[ $t = eval ] && leaks=${FUZZ_LEAKS:-1}
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=$leaks" \
	"$tmp/fuzz-$t" $budget $([ -z "${FUZZ_SECONDS:-}" ] && echo "-runs=$(($(ls "$src/tests/fuzz/$t" "$tmp/seeds" | wc -l) + 500))") -timeout=$timeout -rss_limit_mb=2048 -max_len=8192 \
		-detect_leaks="$leaks" \
		-print_final_stats=1 -artifact_prefix="$art/$t-" \
		"$tmp/new-$t" "$src/tests/fuzz/$t" "$tmp/seeds" >"$tmp/log-$t" 2>&1
	rc=$?
	expect "fuzz-$t: no crash, hang or undefined behaviour$([ $leaks = 1 ] && echo ', no leak') in $secs s" 0 $rc
	if [ $rc -ne 0 ]; then
		grep -A 40 '==ERROR\|runtime error\|ALARM\|out-of-memory' "$tmp/log-$t" | head -n 60 | sed 's/^/# /'
		for a in "$art/$t-"*; do
			[ -f "$a" ] || continue
			echo "# input $a:"
			od -An -c "$a" | head -n 40 | sed 's/^/#   /'
		done
	fi
	grep -o 'stat::number_of_executed_units: *[0-9]*' "$tmp/log-$t" | sed "s/^/# $t /"
done
done_testing

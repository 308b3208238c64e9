#!/bin/sh
# 46-fuzz: a short libFuzzer run of tests/fuzz-codec.c (event batches,
# keyframes) under ASan and UBSan, from seeds the recorder writes.  Needs
# clang with libFuzzer (Debian: libclang-rt-14-dev); skipped otherwise.
# FUZZ_SECONDS sets the run's length (default 10); what it finds is kept
# in FUZZ_ARTIFACTS (default: a temporary directory), as `make fuzz` does.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

skip() {
	echo "1..0 # SKIP $1"
	exit 0
}
CLANG=${CLANG:-clang}
command -v "$CLANG" >/dev/null 2>&1 || skip "no clang"
build=${HEAPVIZ%/*}
src=${TOP_SRCDIR:-.}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-46.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
echo 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { return 0; }' >"$tmp/probe.c"
"$CLANG" -fsanitize=fuzzer "$tmp/probe.c" -o "$tmp/probe" >/dev/null 2>&1 || skip "clang has no libFuzzer (install libclang-rt-14-dev)"

"$CLANG" -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-include "$build/config.h" -I"$src/heap" -I"$src/store" \
	"$src/tests/fuzz-codec.c" "$src/store/codec.c" "$src/store/keyframe.c" \
	"$src/heap/hv.c" "$src/heap/buf.c" "$src/heap/map.c" "$src/heap/profile.c" "$src/heap/event.c" \
	"$src/heap/pymalloc.c" "$src/heap/model.c" "$src/heap/model_io.c" "$src/heap/model_obj.c" "$src/heap/model_gc.c" \
	-o "$tmp/fuzz-codec" 2>"$tmp/build.log"
expect "the fuzz target builds" 0 $?
[ -x "$tmp/fuzz-codec" ] || { cat "$tmp/build.log" | sed 's/^/# /'; done_testing; }

mkdir "$tmp/corpus"
rec=$build/tests/42-session.test
[ -x "$rec" ] && "$rec" seeds "$tmp/corpus"
printf 'b\004\013\000\000' >"$tmp/corpus/empty-batch"
printf '4\004\013\000\000' >"$tmp/corpus/empty-batch-4"
cp "$src"/tests/fuzz/codec/* "$tmp/corpus/"    # regression inputs: crashes found before
"$tmp/fuzz-codec" -max_total_time="${FUZZ_SECONDS:-10}" -rss_limit_mb=2048 -artifact_prefix="${FUZZ_ARTIFACTS:-$tmp}/" \
	"$tmp/corpus" >"$tmp/log" 2>&1
rc=$?
expect "no crash, leak or undefined behaviour in ${FUZZ_SECONDS:-10} s" 0 $rc
[ $rc -eq 0 ] || tail -n 30 "$tmp/log" | sed 's/^/# /'
ok "it ran" grep -q 'Done [0-9]* runs' "$tmp/log"
grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$tmp/log" | sed 's/^/# /'
done_testing

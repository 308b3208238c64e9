#!/bin/sh
# 32-marksweep: the gc programs of the differential corpus (tests/py/*-gc-*.py
# that match python3) under `heapviz run --collector mark-sweep`.  The exit
# status, the last line of stderr and the number of stdout lines must be
# python3's, and every stdout line must be python3's except the lines
# tests/py/MS-DIFF lists: the values gc.collect() returns (mark & sweep
# sweeps the whole heap whatever generation is asked for, so it finds
# garbage a generational collection leaves for later) — there only the
# numbers may differ — and one documented is_tracked() line.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

dir="$TOP_SRCDIR/tests/py"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-32.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
differs=0
for prog in "$dir"/[0-9][0-9][0-9]*-*-gc-*.py "$dir"/[0-9][0-9][0-9]*-gc-*.py; do
	[ -f "$prog" ] || continue
	name=$(basename "$prog" .py)
	awk -v n="$name" '$1 == n { found = 1 } END { exit !found }' "$dir/XFAIL" && continue
	(cd "$dir" && timeout 60 "$HEAPVIZ" run --no-record --collector mark-sweep "$name.py" \
		>"$tmp/out" 2>"$tmp/err" </dev/null)
	rc=$?
	expect "$name: exit status" "$(cat "$dir/$name.rc")" "$rc"
	# through errfilter.sh, as the expected .err went (masked addresses)
	expect "$name: last line of stderr" "$(tail -n 1 "$dir/$name.err")" \
		"$("$TOP_SRCDIR/tests/py/errfilter.sh" "$(cd "$dir" && pwd -P)" <"$tmp/err" | tail -n 1)"
	expect "$name: stdout lines" "$(wc -l <"$dir/$name.out")" "$(wc -l <"$tmp/out")"
	rule=$(awk -v n="$name" '$1 == n { print $2 " " $3 }' "$dir/MS-DIFF")
	lines=${rule%% *}
	how=${rule#* }
	bad=$(awk -v lines=",$lines," -v how="$how" '
		NR == FNR { want[FNR] = $0; next }
		{
			if ($0 == want[FNR]) next
			if (index(lines, "," FNR ",")) {
				differs++
				if (how == "any") next
				a = want[FNR]; b = $0
				gsub(/[0-9]+/, "#", a); gsub(/[0-9]+/, "#", b)
				if (a == b) next
			}
			printf "line %d: want \"%s\" got \"%s\"; ", FNR, want[FNR], $0
		}
		END { printf "%s", "" }' "$dir/$name.out" "$tmp/out")
	expect "$name: stdout as python3's but for the lines of MS-DIFF" "" "$bad"
	cmp -s "$dir/$name.out" "$tmp/out" || differs=$((differs + 1))
done
# The collector really is another one: some collect() values must differ.
ok "mark & sweep finds garbage the generational collector leaves ($differs programs differ)" \
	test "$differs" -gt 0
done_testing

#!/bin/sh
# What failed in a `make check`, told first and briefly: each failing TAP
# line of tests/*.log with the diagnostics under it (# want/# got), then
# the logs' other non-ok lines' tail, as before.
for log in tests/*.log; do
	[ "$log" = tests/test-suite.log ] && continue
	grep -q '^not ok\|^Bail out' "$log" 2>/dev/null || continue
	echo "=== $log"
	# (the TAP driver writes its own PASS:/FAIL: line right after each
	# result, before the result's diagnostics: those lines are skipped)
	awk '/^not ok|^Bail out/ { n = 8; print; next }
	     n && /^(PASS|FAIL|XFAIL|XPASS|SKIP|ERROR): / { next }
	     n && /^#/ { n--; print; next } { n = 0 }' "$log" | head -n 60
done
echo "=== the logs' last lines"
cat tests/*.log 2>/dev/null | grep -v '^ok' | tail -n 120

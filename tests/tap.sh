# tap.sh — sourced by the shell tests: TAP output without a plan up front.
#   ok NAME CMD...        passes if CMD succeeds
#   expect NAME WANT GOT  passes if the strings are equal (shows both if not)
#   done_testing          prints the plan and exits 0 or 1
# $HEAPVIZ is the binary under test (set by the harness).
tap_n=0
tap_failed=0
ok() {
	name=$1; shift
	tap_n=$((tap_n + 1))
	if "$@"; then echo "ok $tap_n - $name"
	else echo "not ok $tap_n - $name"; tap_failed=$((tap_failed + 1)); fi
}
expect() {
	tap_n=$((tap_n + 1))
	if [ "$2" = "$3" ]; then echo "ok $tap_n - $1"
	else
		echo "not ok $tap_n - $1"
		printf '%s\n' "want: $2" "got:  $3" | sed 's/^/# /'     # every line a comment
		tap_failed=$((tap_failed + 1))
	fi
}
done_testing() {
	echo "1..$tap_n"
	[ "$tap_failed" -eq 0 ]
	exit $?
}
: "${HEAPVIZ:?HEAPVIZ must name the heapviz binary}"

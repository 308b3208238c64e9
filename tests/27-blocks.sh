#!/bin/sh
# 27-blocks: the block-level check.  Each construction in tests/blocks/*.py
# runs between two sys._debugmallocstats() tables under heapviz; the change
# in "blocks in use" per size class must equal what /usr/bin/python3 showed
# (committed as NAME.blocks by `make regen-blocks`; blockdelta.sh explains
# how the tables are taken and compared).
#
# tests/blocks/XFAIL lists the constructions heapviz does not match yet,
# each with its reason after the name; they are reported as TODO, and one of
# them matching fails the suite (take it off the list).
. "${TOP_SRCDIR:-.}/tests/tap.sh"

dir="$TOP_SRCDIR/tests/blocks"
for src in "$dir"/[0-9][0-9]-*.py; do
	name=$(basename "$src" .py)
	todo=""
	grep -q "^$name " "$dir/XFAIL" 2>/dev/null && todo=" # TODO $(grep "^$name " "$dir/XFAIL" | cut -d' ' -f2-)"
	got=$(sh "$dir/blockdelta.sh" "$HEAPVIZ run --no-record" "$src" 2>&1 | tr '\n' ' ')
	want=$(tr '\n' ' ' <"$dir/$name.blocks")
	tap_n=$((tap_n + 1))
	if [ "$got" = "$want" ]; then
		echo "ok $tap_n - $name$todo"
	else
		echo "not ok $tap_n - $name$todo"
		if [ -z "$todo" ]; then
			tap_failed=$((tap_failed + 1))
			printf '%s\n' "# want (size delta): $want" "# got:               $got"
		fi
	fi
done
done_testing

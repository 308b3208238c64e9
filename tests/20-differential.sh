#!/bin/sh
# 20-differential: every program of tests/py through `heapviz run`, compared
# with what /usr/bin/python3 printed (committed beside it): the whole
# stdout, the whole stderr (tracebacks; both through tests/py/errfilter.sh,
# which drops the directory from file names and masks repr addresses), the
# exit status.  A mismatch shows a diff.
#
# tests/py/XFAIL lists the programs heapviz does not match yet; they are
# reported as TODO.  One of them passing is reported as an unexpected pass,
# which fails the suite: take it off the list.  `make update-xfail`
# rewrites the list from what fails now (then review the diff).  An XFAIL
# line is a name, optionally followed by the reason.
#
# tests/py/LASTLINE lists, with the reason, the programs whose stderr is
# held to the issue's contract only: the same last line of the traceback
# (the lines before it cannot be python3's: a frame inside a module
# python3 runs as Python source and heapviz builds in).  Their stdout and
# status are compared whole; their stderr must end with python3's last
# line AND differ before it: a listed program whose whole stderr matches
# is a stale entry, which fails the suite.
#
# HV_DIFF_DIR and HV_DIFF_GLOB run another directory's programs the same
# way (tests/70-demos.sh: the bundled demos).  A program's lines
# "#% profile NAME" / "#% collector NAME" become --profile / --collector.
#
# The locale is regen.sh's: LC_ALL=C.UTF-8, or the one a program's line
# "#% locale NAME" names (sys.stdout's encoding and error handler depend
# on it, heap/textio.c), with the variables that would override it unset.
. "${TOP_SRCDIR:-.}/tests/tap.sh"
. "${TOP_SRCDIR:-.}/tests/py/piped.sh"

dir=${HV_DIFF_DIR:-$TOP_SRCDIR/tests/py}
here=$(cd "$dir" && pwd -P)
glob=${HV_DIFF_GLOB:-[0-9][0-9][0-9]*-*.py}
# mktemp, not hv-diff.$$: runs in other PID namespaces may share /tmp
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-diff.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
judge_env               # regen.sh's environment (tests/py/piped.sh)
n=0
fails=0
: >"$tmp/failing"
for prog in "$dir"/$glob; do
	name=$(basename "$prog" .py)
	n=$((n + 1))
	todo=""
	why=$(awk -v n="$name" '$1 == n { r = $0; sub(/^[^ \t]+[ \t]*/, "", r); print (r == "" ? "-" : r); exit }' \
		"$dir/XFAIL" 2>/dev/null)
	[ -n "$why" ] && todo=" # TODO not matching python3 yet"
	[ -n "$why" ] && [ "$why" != "-" ] && todo="$todo: $why"
	lastline=$(awk -v n="$name" '$1 == n { found = 1 } END { print found + 0 }' "$dir/LASTLINE" 2>/dev/null)
	opts=$(sed -n 's/^#% \(profile\|collector\) \([a-z0-9.-]*\)$/--\1 \2/p' "$prog")
	loc=$(sed -n 's/^#% locale \([A-Za-z0-9._@-]*\)$/\1/p' "$prog")
	# A limit on CPU seconds, not on the clock: a loaded machine (or ASan)
	# slows the clock, not the work.  The longest program takes 3 s of CPU
	# in a normal build, about 4x that under ASan; the wall-clock timeout
	# only guards against a hang.
	# stdout and stderr are pipes, as regen.sh had python3's (piped.sh).
	# shellcheck disable=SC2086 # $opts is a list of words
	rc=$(piped "$tmp/out" "$tmp/err" env LC_ALL="${loc:-C.UTF-8}" sh -c 'cd "$1" && shift && ulimit -t 120 && exec timeout 1800 "$@"' \
		sh "$dir" "$HEAPVIZ" run --no-record $opts "$name.py" </dev/null)
	"$TOP_SRCDIR/tests/py/errfilter.sh" "$here" <"$tmp/err" >"$tmp/errnorm"
	ok=1
	cmp -s "$tmp/out" "$dir/$name.out" || ok=0
	if [ "$lastline" = 1 ]; then
		if [ -n "$todo" ]; then
			ok=0
			todo=""
			echo "# $name: listed in both tests/py/XFAIL and tests/py/LASTLINE: keep one"
		elif cmp -s "$tmp/errnorm" "$dir/$name.err"; then
			ok=0
			todo=""
			echo "# $name: the whole stderr matches python3's: take it off tests/py/LASTLINE"
		elif [ "$(tail -n 1 "$tmp/errnorm")" != "$(tail -n 1 "$dir/$name.err")" ]; then
			ok=0
		else
			todo=" # last line of stderr only (tests/py/LASTLINE)"
		fi
	else
		cmp -s "$tmp/errnorm" "$dir/$name.err" || ok=0
	fi
	[ "$rc" = "$(cat "$dir/$name.rc")" ] || ok=0
	if [ $ok = 1 ]; then
		echo "ok $n - $name$todo"
	else
		echo "$name" >>"$tmp/failing"
		echo "not ok $n - $name$todo"
		if [ -z "$todo" ]; then
			fails=$((fails + 1))
			diff "$dir/$name.out" "$tmp/out" | head -n 20 | sed 's/^/# /'
			cmp -s "$tmp/errnorm" "$dir/$name.err" ||
				diff "$dir/$name.err" "$tmp/errnorm" | head -n 20 | sed 's/^/# stderr /'
			echo "# status: want $(cat "$dir/$name.rc") got $rc"
		fi
	fi
done
echo "1..$n"
if [ "${HV_UPDATE_XFAIL:-}" = 1 ]; then
	cp "$tmp/failing" "$dir/XFAIL"
	echo "# wrote $(wc -l <"$dir/XFAIL") names to tests/py/XFAIL" >&2
fi

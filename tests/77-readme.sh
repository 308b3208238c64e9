#!/bin/sh
# 77-readme: the README's screens are what heapviz prints now.  Every
# fenced block of README.md whose first line starts with "$ heapviz" is an
# example: its "$ " lines are commands, run in order in a fresh session
# database and an empty folder, and the rest of the block is what the last
# one prints.  `make update-readme` (HV_UPDATE_README=1) rewrites those
# outputs in README.md from what heapviz prints now (then review the diff).
. "${TOP_SRCDIR:-.}/tests/tap.sh"

readme="$TOP_SRCDIR/README.md"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-77.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
LC_ALL=C.UTF-8
export LC_ALL
unset NO_COLOR HEAPVIZ_DB XDG_DATA_HOME PYTHONUNBUFFERED

# N.cmds and N.want for the N-th example block (1, 2, ...); a block that
# is not an example is skipped to its closing fence
awk -v dir="$tmp" '
	skip { if (/^```/) skip = 0; next }
	/^```/ { if (inb) inb = 0; else start = 1; next }
	start {
		start = 0
		if ($0 !~ /^\$ heapviz/) { skip = 1; next }
		inb = 1; n++; cmds = dir "/" n ".cmds"; want = dir "/" n ".want"
		printf "" >want
	}
	inb && /^\$ / { print substr($0, 3) >cmds; next }
	inb { print >want }
' "$readme"

blocks=$(ls "$tmp"/*.cmds 2>/dev/null | wc -l)
ok "README.md has examples to check" test "$blocks" -ge 2

for cmds in "$tmp"/*.cmds; do
	n=${cmds##*/}
	n=${n%.cmds}
	mkdir "$tmp/run$n"
	last=$(tail -n 1 "$cmds")
	(
		cd "$tmp/run$n" || exit 1
		HEAPVIZ_DB="$tmp/run$n/sessions.db"
		export HEAPVIZ_DB
		heapviz() { "$HEAPVIZ" "$@"; }
		sed '$d' "$cmds" >"$tmp/run$n.first"
		while IFS= read -r c; do eval "$c" >/dev/null; done <"$tmp/run$n.first"
		eval "$last"
	) >"$tmp/$n.got" 2>"$tmp/$n.err"
	if cmp -s "$tmp/$n.want" "$tmp/$n.got"; then
		ok "README example $n ($last): what heapviz prints now" true
	else
		diff "$tmp/$n.want" "$tmp/$n.got" | head -n 20 | sed 's/^/# /'
		ok "README example $n ($last): what heapviz prints now (make update-readme)" false
	fi
	expect "README example $n: nothing on stderr" "" "$(cat "$tmp/$n.err")"
done

if [ "${HV_UPDATE_README:-}" = 1 ]; then
	awk -v dir="$tmp" '
		function flush(   line, f) {
			f = dir "/" n ".got"
			while ((getline line <f) > 0) print line
			close(f)
		}
		skip { print; if (/^```/) skip = 0; next }
		/^```/ { if (inb) { flush(); inb = 0 } else start = 1; print; next }
		start {
			start = 0
			if ($0 !~ /^\$ heapviz/) { skip = 1; print; next }
			inb = 1; n++
		}
		inb && /^\$ / { print; next }
		inb { next }
		{ print }
	' "$readme" >"$tmp/README.new" && cp "$tmp/README.new" "$readme"
	echo "# rewrote the examples' outputs in README.md" >&2
fi
done_testing

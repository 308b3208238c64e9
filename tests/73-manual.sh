#!/bin/sh
# 73-manual: heapviz.1 agrees with the program.  Every option of every
# command's --help, every command, view and profile, every key of the
# app's table (ui/app.c), every bundled demo and every environment variable
# the sources read appears in the manual; the demos' path is the configured
# one (make substitutes @pkgdatadir@), and `make install DESTDIR=…` puts
# the manual and the demos there; groff (if installed) formats it without
# a warning.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

man1="${HEAPVIZ%/*}/heapviz.1"     # made from heapviz.1.in by make
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-73.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# The manual as plain words: \- is a dash, font changes go.
sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(->//g' "$man1" >"$tmp/man"

in_manual() { grep -q -e "$1" "$tmp/man"; }

missing=""
for cmd in "" run replay sessions render stats diff export demos; do
	# shellcheck disable=SC2086 # an empty $cmd is the general help
	"$HEAPVIZ" $cmd --help >"$tmp/help" || missing="$missing ${cmd:-heapviz}--help-failed"
	for opt in $(grep -o -e '--[a-z][a-z-]*' "$tmp/help" | sort -u); do
		in_manual "$opt" || missing="$missing $opt(${cmd:-heapviz})"
	done
	[ -z "$cmd" ] || grep -q "^\.SY \"heapviz $cmd\"" "$man1" || missing="$missing synopsis:$cmd"
	[ -z "$cmd" ] || grep -q "^\.B[I]* \"*$cmd" "$man1" || missing="$missing command:$cmd"
done
expect "every option and command of --help is in heapviz.1" "" "$missing"

missing=""
for word in program heap graph gc stats timeline $("$HEAPVIZ" --help | sed -n 's/^Profiles: \(.*\)\.$/\1/p' | tr ',' ' '); do
	in_manual "$word" || missing="$missing $word"
done
expect "every view and profile is in heapviz.1" "" "$missing"

missing=""
for demo in $("$HEAPVIZ" demos | cut -d' ' -f1); do
	grep -q "^\.B $(echo "$demo" | sed 's/-/\\\\-/g')\$" "$man1" || missing="$missing $demo"
done
expect "every bundled demo is in heapviz.1" "" "$missing"

missing=""
for var in $(cat "$TOP_SRCDIR"/heap/*.c "$TOP_SRCDIR"/store/*.c "$TOP_SRCDIR"/ui/*.c |
		grep -o 'getenv("[A-Z_]*")' | sed 's/getenv("\(.*\)")/\1/' | sort -u); do
	grep -q "^\.B $var\$" "$man1" || missing="$missing $var"
done
expect "every environment variable read is in heapviz.1's ENVIRONMENT" "" "$missing"

# The keys: every label of the app's key table (ui/app.c, what ? shows)
# is in the KEYS section; arrows are spelled \(-> and \(<- there.
sed -n '/^\.SH KEYS/,/^\.SH /p' "$man1" | sed -e 's/\\(->/→/g' -e 's/\\(<-/←/g' -e 's/\\-/-/g' \
	-e 's/^\.[A-Z]* //' -e 's/"//g' >"$tmp/keys"
missing=""
for label in $(sed -n 's/.*}, "\([^"]*\)", "[^"]*", act_.*/\1/p' "$TOP_SRCDIR/ui/app.c" | tr ' ' '\n'); do
	grep -qwF -e "$label" "$tmp/keys" || missing="$missing $label"
done
expect "every key of the app's table is in heapviz.1's KEYS" "" "$missing"
ok "the key table was found" grep -q 'act_next_step' "$TOP_SRCDIR/ui/app.c"

ok "heapviz.1 was made from heapviz.1.in" test -s "$man1"
expect "no @placeholder@ is left in heapviz.1" "" "$(grep -n '@[a-z]*@' "$man1")"
ok "FILES names the configured demos directory ($HV_PKGDATADIR/demos)" \
	grep -qxF ".I $HV_PKGDATADIR/demos/NAME.py" "$man1"
ok "presenter and prediction modes have their sections" \
	sh -c "grep -q '^\.SH PRESENTER MODE' '$man1' && grep -q '^\.SH PREDICTION MODE' '$man1'"
ok "the #? question mark is documented" grep -q '^\.BI "#? "' "$man1"

for status in 0 1 2; do
	ok "exit status $status is documented" grep -q "^\.B $status\$" "$man1"
done

# make install DESTDIR=…: the program, the manual and the demos, and the
# installed manual names the directory the demos went to
builddir=${HEAPVIZ%/*}
if [ -f "$builddir/Makefile" ]; then
	(cd "$builddir" && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make install DESTDIR="$tmp/inst") \
		>"$tmp/install" 2>&1
	expect "make install DESTDIR=…: exit 0" 0 $?
	inst_man=$(find "$tmp/inst" -name heapviz.1 -path '*/man1/*' | head -n 1)
	ok "make install: heapviz.1 in a man1 directory" test -s "$inst_man"
	ok "make install: the program" sh -c "find '$tmp/inst' -path '*/bin/heapviz' | grep -q ."
	missing=""
	for demo in $("$HEAPVIZ" demos | cut -d' ' -f1); do
		cmp -s "$TOP_SRCDIR/assets/demos/$demo.py" "$tmp/inst$HV_PKGDATADIR/demos/$demo.py" ||
			missing="$missing $demo"
	done
	expect "make install: every demo in $HV_PKGDATADIR/demos" "" "$missing"
	ok "make install: the installed manual's FILES names that directory" \
		grep -qxF ".I $HV_PKGDATADIR/demos/NAME.py" "$inst_man"
else
	echo "ok $((tap_n = tap_n + 1)) - make install # SKIP no Makefile beside $HEAPVIZ"
fi

if command -v groff >/dev/null 2>&1; then
	groff -man -ww -z "$man1" >"$tmp/warn" 2>&1
	expect "groff formats heapviz.1 without warnings" "" "$(cat "$tmp/warn")"
else
	echo "ok $((tap_n = tap_n + 1)) - groff formats heapviz.1 # SKIP groff not installed"
fi
done_testing

#!/bin/sh
# 45-files: never trust a file.  Every kind of unusable database — not
# SQLite, truncated, another application's, a newer schema, a foreign
# schema, a corrupt page, a damaged event batch (at the start, or in the
# middle of a long session: what lies before it still replays), an event
# the heap model refuses (render; the app stays where it was) — gets a one-line message
# naming the file, exit status 2, and is left byte for byte unchanged,
# whether heapviz reads it or tries to record into it.  A read-only
# database replays.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

rec=${HEAPVIZ%/*}/tests/42-session.test
if [ ! -x "$rec" ]; then
	echo "1..0 # SKIP the helper (tests/42-session.test) needs cmocka"
	exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-45.XXXXXX")
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT

"$rec" make good "$tmp/good.db" || exit 1
size=$(wc -c <"$tmp/good.db")

# refused NAME FILE WANT CMD...: CMD exits 2 with one line "heapviz: FILE: …WANT…"
# on stderr, and FILE is unchanged
refused() {
	name=$1 file=$2 want=$3
	shift 3
	cp "$file" "$tmp/before"
	"$@" >"$tmp/out" 2>"$tmp/err"
	expect "$name: exit 2" 2 $?
	expect "$name: one line" 1 "$(wc -l <"$tmp/err" | tr -d ' ')"
	ok "$name: names the file and says \"$want\"" sh -c \
		'head -n 1 "$1" | grep -F -q -- "heapviz: $2: " && grep -F -q -- "$3" "$1"' x "$tmp/err" "$file" "$want"
	ok "$name: the file is byte for byte unchanged" cmp -s "$file" "$tmp/before"
	ok "$name: no journal left beside it" sh -c "! ls '$file'-* >/dev/null 2>&1"
}

# bad FILE WANT: refused by sessions, stats and a recording
bad() {
	refused "sessions on $(basename "$1")" "$1" "$2" "$HEAPVIZ" sessions --db "$1"
	refused "stats on $(basename "$1")" "$1" "$2" "$HEAPVIZ" stats --db "$1" --at end
	refused "recording into $(basename "$1")" "$1" "$2" "$rec" record "$1" 3 1
}

printf 'x = 1\nprint(x)\n' >"$tmp/text.db"
bad "$tmp/text.db" "not an SQLite file"

head -c $((size / 2)) "$tmp/good.db" >"$tmp/truncated.db"
bad "$tmp/truncated.db" "truncated"

head -c 60 "$tmp/good.db" >"$tmp/stub.db"
bad "$tmp/stub.db" "truncated"

"$rec" make other "$tmp/other.db"
bad "$tmp/other.db" "another application's database"

"$rec" make newer "$tmp/newer.db"
bad "$tmp/newer.db" "made by a newer heapviz (schema version 7"

"$rec" make foreign-schema "$tmp/foreign.db"
bad "$tmp/foreign.db" "not a heapviz session database"

# garbage over the schema's cells, which fill the end of the first page
# (the page size is the header's bytes 16-17, big-endian; 1 means 65536)
cp "$tmp/good.db" "$tmp/corrupt.db"
page=$(od -An -tu1 -j16 -N2 "$tmp/good.db" | awk '{ p = $1 * 256 + $2; print p == 1 ? 65536 : p }')
printf 'garbage garbage garbage garbage garbage garbage garbage garbage' |
	dd of="$tmp/corrupt.db" bs=1 seek=$((page - 1096)) conv=notrunc 2>/dev/null
bad "$tmp/corrupt.db" "corrupt"

# a damaged batch passes the file checks; replaying it is refused
"$rec" make damaged-batch "$tmp/damaged.db"
refused "stats over a damaged batch" "$tmp/damaged.db" "is damaged: batch at event 0: batch checksum mismatch" \
	"$HEAPVIZ" stats --db "$tmp/damaged.db" --at 3
"$HEAPVIZ" sessions --db "$tmp/damaged.db" >/dev/null 2>&1
expect "a damaged batch does not stop the listing" 0 $?

# an event the heap model refuses half way: render stops with one line there,
# shows the part before it, and the app stays where it was (no crash)
"$rec" make misfit "$tmp/misfit.db"
refused "render past an event that does not fit" "$tmp/misfit.db" "is damaged: an event does not fit the heap at event" \
	"$HEAPVIZ" render --db "$tmp/misfit.db" --at end
"$HEAPVIZ" render --db "$tmp/misfit.db" --at 50 --size 80x24 >"$tmp/out" 2>"$tmp/err"
expect "render before that event: exit 0" 0 $?
VT=${HEAPVIZ%/*}/tests/vtscreen
if [ -x "$VT" ]; then
	LC_ALL=C.UTF-8 "$VT" -s 100x30 -k '~gend<Enter>~q' -- "$HEAPVIZ" replay --db "$tmp/misfit.db" >"$tmp/vt" 2>&1
	ok "replay: going past that event says so" grep -q 'cannot move there: .*is damaged' "$tmp/vt"
	ok "replay: and the app ends normally" grep -q '^# exit=0 signal=0 ' "$tmp/vt"
fi

# a damaged batch in the middle of a long session: the replay opens (it
# reads no batch until one is needed), shows what lies before the damage,
# and reaching it says where, in one line, without a crash
"$rec" make damaged-middle "$tmp/middle.db"
"$HEAPVIZ" render --db "$tmp/middle.db" --at 5 --size 80x24 >"$tmp/out" 2>"$tmp/err"
expect "render before a damaged middle batch: exit 0" 0 $?
ok "render before a damaged middle batch: step 5 of them all" grep -q '^ step 5/30000 ' "$tmp/out"
refused "render past a damaged middle batch" "$tmp/middle.db" "is damaged: batch at event " \
	"$HEAPVIZ" render --db "$tmp/middle.db" --at end
if [ -x "$VT" ]; then
	LC_ALL=C.UTF-8 "$VT" -s 160x30 -k '~g3<Enter>~gend<Enter>~q' -- "$HEAPVIZ" replay --db "$tmp/middle.db" >"$tmp/vt" 2>&1
	ok "replay of a damaged middle batch: it opens at step 3" grep -q ' step 3/30000 ' "$tmp/vt"
	ok "replay: going past the damage says where" grep -q 'cannot move there: .*is damaged: batch at event [0-9]*: batch checksum' "$tmp/vt"
	ok "replay: and the app ends normally" grep -q '^# exit=0 signal=0 ' "$tmp/vt"
fi

# read-only: the file and its folder
mkdir "$tmp/ro"
cp "$tmp/good.db" "$tmp/ro/s.db"
chmod 0444 "$tmp/ro/s.db"
chmod 0555 "$tmp/ro"
cp "$tmp/ro/s.db" "$tmp/before"
"$HEAPVIZ" stats --db "$tmp/ro/s.db" --at end >"$tmp/out" 2>"$tmp/err"
expect "a read-only database replays" 0 $?
"$HEAPVIZ" sessions --db "$tmp/ro/s.db" >"$tmp/out" 2>"$tmp/err"
expect "a read-only database lists" 0 $?
ok "and stays unchanged" cmp -s "$tmp/ro/s.db" "$tmp/before"
ok "with nothing written beside it" sh -c "[ \$(ls '$tmp/ro' | wc -l) -eq 1 ]"

# A session recorded before schema 4 (tests/fixtures/legacy-v3.db: schema
# version 3, raw blocks at 0x55d0c8e00000, two keyframes in its table, the
# program legacy-v3/legacy.py) replays with its legacy profile: read only,
# then migrated by a recording, it renders, diffs, counts and exports as
# the heapviz that recorded it did (legacy-v3/*: that heapviz's output,
# except the heap view's, redrawn when the view's layout changed: the
# addresses in it are still the old raw heap's; and the narration lines,
# today's sentences about the recorded events).
fx=$TOP_SRCDIR/tests/fixtures
# as_recorded DB WANT ARGS...: `heapviz ARGS --db DB --session 1` prints WANT
as_recorded() {
	db=$1 want=$2 cmd=$3
	shift 3
	"$HEAPVIZ" "$cmd" --db "$db" --session 1 "$@" >"$tmp/out" 2>"$tmp/err"
	ok "$(basename "$db"): $cmd $* as recorded" cmp -s "$tmp/out" "$fx/legacy-v3/$want"
}
legacy_checks() {
	as_recorded "$1" render-heap-end.txt render --at end --view heap --size 100x30
	as_recorded "$1" render-heap-12.txt render --at 12 --view heap --size 100x30
	as_recorded "$1" render-graph-end.txt render --at end --view graph --size 100x30
	as_recorded "$1" diff.txt diff 5 end
	as_recorded "$1" stats.txt stats --at 20
	as_recorded "$1" export-20.json export --at 20 --format json
}
cp "$fx/legacy-v3.db" "$tmp/legacy.db"
legacy_checks "$tmp/legacy.db"
ok "a schema-3 file read is unchanged" cmp -s "$tmp/legacy.db" "$fx/legacy-v3.db"
printf 'x = bytes(600)\nprint(len(x))\n' >"$tmp/one.py"
"$HEAPVIZ" run --db "$tmp/legacy.db" "$tmp/one.py" >"$tmp/out" 2>"$tmp/err"
expect "recording into a schema-3 file migrates it" 0 $?
legacy_checks "$tmp/legacy.db"
# the new session has the new addresses: raw blocks below 1 GiB
"$HEAPVIZ" export --db "$tmp/legacy.db" --session 2 --format json >"$tmp/out" 2>"$tmp/err"
ok "a new session in it has raw blocks below 1 GiB" grep -q '"address": "0x2d1b8' "$tmp/out"
ok "and no address of the old raw heap" sh -c "! grep -q 0x55d0c '$tmp/out'"

# a missing file: reading says so; nothing is created
"$HEAPVIZ" stats --db "$tmp/none/s.db" >"$tmp/out" 2>"$tmp/err"
expect "a missing database: exit 2" 2 $?
ok "a missing database: nothing is created" sh -c "[ ! -e '$tmp/none' ]"
done_testing

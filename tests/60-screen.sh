#!/bin/sh
# 60-screen: the heap map through the real backends, in a pseudo-terminal
# emulated by libvterm (tests/vtscreen): each backend must show exactly the
# screen the text backend draws (text and colours), both must agree after
# the same keys, and the terminal must be restored after q, Ctrl-C,
# SIGTERM and a crash.  Skipped when libvterm was not found.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

here=$(dirname "$HEAPVIZ")
VT=$here/tests/vtscreen
APP=$here/tests/screen-app
if [ ! -x "$VT" ] || [ ! -x "$APP" ]; then
	echo "1..0 # SKIP libvterm not found: tests/vtscreen not built"
	exit 0
fi
LC_ALL=C.UTF-8; export LC_ALL
unset NO_COLOR

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-screen.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# frame FILE N: frame N of a vtscreen transcript
frame() {
	awk -v n="$2" '/^# frame /{f=($3==n); next} /^# exit=/{f=0} f' "$1"
}
# status FILE: vtscreen's last line
status() {
	grep '^# exit=' "$1"
}
# screen NAME SIZE SCRIPT ARGS...: runs screen-app ARGS in a SIZE terminal
screen() {
	name=$1; size=$2; script=$3; shift 3
	"$VT" -s "$size" -k "$script" -- "$APP" "$@" >"$tmp/$name" 2>"$tmp/$name.err"
	vt_rc=$?
	[ "$vt_rc" -eq 77 ] && { echo "1..0 # SKIP no pseudo-terminal here"; exit 0; }
	return 0
}

"$APP" --dump 100x30 >"$tmp/ref-100x30"
"$APP" --dump 80x24 >"$tmp/ref-80x24"
backends=$("$APP" --list)
keys='~<Resize:80x24>~<Resize:100x30>~lll~<Enter>~jjl~<Esc><Down>~c~q'
for b in $backends; do
	screen "$b" 100x30 "$keys" --ui "$b"
	expect "$b: vtscreen ran" 0 "$vt_rc"
	frame "$tmp/$b" 1 >"$tmp/$b.1"
	ok "$b: first screen is the text backend's, colours too" cmp -s "$tmp/ref-100x30" "$tmp/$b.1"
	frame "$tmp/$b" 2 >"$tmp/$b.2"
	ok "$b: redrawn after shrinking to 80x24" cmp -s "$tmp/ref-80x24" "$tmp/$b.2"
	frame "$tmp/$b" 3 >"$tmp/$b.3"
	ok "$b: redrawn after growing back" cmp -s "$tmp/ref-100x30" "$tmp/$b.3"
	ok "$b: zoomed into a pool" grep -q '^Pool 3 of arena 0' "$tmp/$b"
	expect "$b: q restores the terminal" "# exit=0 signal=0 altscreen=0 cursor=1 mouse=0" "$(status "$tmp/$b")"
done
case " $backends " in *" tickit "*)
	"$VT" -e TERM=vt100 -k '~' -- "$APP" --ui tickit >"$tmp/tickit-vt100" 2>&1
	ok "tickit: TERM=vt100 (no parm_ich) is refused, not aborted" grep -q 'exit=2 signal=0' "$tmp/tickit-vt100"
	ok "tickit: TERM=vt100: names the capability" grep -q "lacks 'parm_ich'" "$tmp/tickit-vt100"
esac
set -- $backends
if [ $# -eq 2 ]; then
	ok "ncurses and tickit show the same screens" cmp -s "$tmp/$1" "$tmp/$2"
fi

for b in $backends; do
	screen "$b-click" 100x30 '~<Click:12,4>~<Click:12,4>~q' --ui "$b"
	ok "$b: a click selects a pool" sh -c "awk '/^# frame 2/,/^# frame 3/' '$tmp/$b-click' | grep -q 'arena 1 · pool 5 ·'"
	ok "$b: a second click zooms" grep -q '^Pool 5 of arena 1' "$tmp/$b-click"
	screen "$b-ctrlc" 100x30 '~<C-c>' --ui "$b"
	expect "$b: Ctrl-C restores the terminal" "# exit=0 signal=0 altscreen=0 cursor=1 mouse=0" "$(status "$tmp/$b-ctrlc")"
	screen "$b-term" 100x30 '~<TERM>' --ui "$b"
	expect "$b: SIGTERM restores the terminal" "# exit=0 signal=0 altscreen=0 cursor=1 mouse=0" "$(status "$tmp/$b-term")"
	screen "$b-segv" 100x30 '~<SEGV>' --ui "$b"
	expect "$b: a crash restores the terminal" "# exit=-1 signal=11 altscreen=0 cursor=1 mouse=0" "$(status "$tmp/$b-segv")"
	"$VT" -e TERM=dumb -k '~' -- "$APP" --ui "$b" >"$tmp/$b-dumb" 2>&1
	ok "$b: TERM=dumb is refused, not aborted" grep -q 'exit=2 signal=0' "$tmp/$b-dumb"
	ok "$b: TERM=dumb: says why" grep -q "terminal 'dumb'" "$tmp/$b-dumb"
	"$VT" -e TERM=no-such-terminal -k '~' -- "$APP" --ui "$b" >"$tmp/$b-unknown" 2>&1
	ok "$b: an unknown TERM is refused" grep -q "unknown terminal type 'no-such-terminal'" "$tmp/$b-unknown"
	"$APP" --ui "$b" </dev/null >"$tmp/$b-notty" 2>&1
	expect "$b: no terminal: exit 2" 2 $?
	ok "$b: no terminal: says so" grep -q "is not a terminal" "$tmp/$b-notty"
done

done_testing

# vtscreen.sh — what the app's terminal tests (61, 62) share, sourced after
# tap.sh: vt_begin NAME finds tests/vtscreen (skipping the test when libvterm
# was not found), sets a plain UTF-8 environment and moves into a fresh
# temporary folder; frame/status read a vtscreen transcript; $backends lists
# the terminal backends this heapviz has.

vt_begin() {
	VT=${HEAPVIZ%/*}/tests/vtscreen
	if [ ! -x "$VT" ]; then
		echo "1..0 # SKIP libvterm not found: tests/vtscreen not built"
		exit 0
	fi
	LC_ALL=C.UTF-8; export LC_ALL
	unset NO_COLOR HEAPVIZ_DB
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-$1.XXXXXX")
	trap 'rm -rf "$tmp"' EXIT
	cd "$tmp" || exit 1
	backends=$("$HEAPVIZ" --version | sed -n 's/^backends: *//p' | tr ' ' '\n' | grep -v '^text$')
}

# frame FILE N: frame N of a vtscreen transcript, text rows only
frame() {
	awk -v n="$2" '/^# frame /{f=($3==n); next} /^# exit=/{f=0} f && !/^#( |$)/' "$1"
}
# status FILE: vtscreen's last line (how the program left the terminal)
status() {
	grep '^# exit=' "$1"
}
# restored FILE: how the program left the terminal, all of it: its modes
# (libvterm's), the line discipline (echo and line editing back on) and
# the normal screen (its text rows, blank ones dropped: nothing of the
# app's screen left on it).  A restored terminal reads $RESTORED.
restored() {
	status "$1"
	grep '^# tty ' "$1"
	sed -n '/^# final$/,$p' "$1" | sed 1d | grep -v '^ *$'
}
RESTORED="# exit=0 signal=0 altscreen=0 cursor=1 mouse=0
# tty echo=1 icanon=1"

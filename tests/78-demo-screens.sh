#!/bin/sh
# 78-demo-screens: every bundled demo on a real terminal, as a class sees
# it: `heapviz --demo NAME` in an 80x24 libvterm pseudo-terminal (a
# projector's size), with each terminal backend this heapviz has.  It
# starts in presenter mode; autoplay (at 16x) stops at the demo's first
# caption with the caption in the box (the screen is taken once it says it
# paused, not after a quiet moment, which a loaded machine gives early); `g end` goes to the last step; `q`
# leaves the terminal as it was.  Prediction mode asks its question, takes
# an answer and scores it.  (Every caption of every demo, in order and
# whole at 80x24, is 76-present's test, below the terminal.)
. "${TOP_SRCDIR:-.}/tests/tap.sh"
. "${TOP_SRCDIR:-.}/tests/vtscreen.sh"
vt_begin 78

demos="$TOP_SRCDIR/assets/demos"
for b in $backends; do
	for py in "$demos"/*.py; do
		d=${py##*/}
		d=${d%.py}
		# how the box starts each caption (a #: block's first line, a #@
		# phase caption): its first words
		awk '/^[ \t]*#:/ { if (!blk) { sub(/^[ \t]*#: */, ""); print "┃ " substr($0, 1, 24) } blk = 1; next }
			{ blk = 0 }
			/^[ \t]*#@ [a-z_]*:/ { sub(/^[ \t]*#@ [a-z_]*: */, ""); print "┃ " substr($0, 1, 24) }' \
			"$py" >starts
		# autoplay's frames come every 62 ms: a busy machine can make a
		# quiet moment between two, so frame 3 waits for the pause itself
		"$VT" -s 80x24 -q 400 -t 600000 -k '~++++~ <Until:paused at a caption>~gend<Enter>~q' -- \
			"$HEAPVIZ" --ui "$b" --no-record --demo "$d" >"$b-$d.out" 2>&1
		frame "$b-$d.out" 1 >f1
		ok "$b $d: presenter mode from the start" grep -q 'P: leave presenter' f1
		frame "$b-$d.out" 3 >f3
		ok "$b $d: autoplay stops at a caption, in the box" \
			sh -c "grep -q 'paused at a caption' f3 && grep -qF -f starts f3"
		frame "$b-$d.out" 4 >f4
		steps=$(sed -n 's/^┏━ step \([0-9]*\)\/\([0-9]*\).*/\1 \2/p' f4)
		ok "$b $d: g end: the last step ($steps)" sh -c "[ -n '$steps' ] && set -- $steps && [ \"\$1\" = \"\$2\" ]"
		ok "$b $d: g end: no longer paused at a caption" sh -c "! grep -q 'paused at a caption' f4"
		ok "$b $d: q leaves the terminal restored" grep -q '^# exit=0 signal=0 altscreen=0 cursor=1 mouse=0' "$b-$d.out"
	done
	# prediction mode: the question of cascade's `del chain`, an answer, a score
	"$VT" -s 100x30 -q 300 -k '~g8<Enter>~nnnnnnnnnnnnnnnnnnnnnnn~a<Enter>~x~q' -- \
		"$HEAPVIZ" --ui "$b" --no-record --predict --demo cascade >"$b-predict.out" 2>&1
	awk '/^# frame /{n=$3} /predict: what will it do\?/{print n; exit}' "$b-predict.out" >asked
	ok "$b: prediction mode asks about del chain" sh -c "[ -s asked ] && grep -q 'Which nodes does .del chain. free' '$b-predict.out'"
	ok "$b: an answer is shown right or wrong" grep -q '[✓✗] ' "$b-predict.out"
	ok "$b: and scored" grep -q 'score [0-9]*/[0-9]*' "$b-predict.out"
	ok "$b: prediction: the terminal restored" grep -q '^# exit=0 signal=0 altscreen=0 cursor=1 mouse=0' "$b-predict.out"
done
done_testing

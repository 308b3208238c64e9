#!/bin/sh
# 64-snapshots: S saves a snapshot at the step on screen, not at the live
# end, in a live session and in a replay alike (in a pseudo-terminal
# emulated by libvterm, tests/vtscreen); the command line then finds it:
# stats, render, diff and export --at the snapshot give what they give at
# its step, and the timeline lists it.
. "${TOP_SRCDIR:-.}/tests/tap.sh"

. "${TOP_SRCDIR:-.}/tests/vtscreen.sh"
vt_begin 64
cat >prog.py <<'EOF'
xs = [i * 2 for i in range(20)]
ys = [xs, xs]
print(len(xs))
del xs
zs = {'a': ys}
del ys
print('done')
EOF

for b in $backends; do
	db=$b.db
	"$VT" -w -s 100x30 -k '~g4<Enter>~S~q' -- "$HEAPVIZ" --ui "$b" --db "$db" prog.py >"$b.live" 2>"$b.err"
	rc=$?
	[ "$rc" -eq 77 ] && { echo "1..0 # SKIP no pseudo-terminal here"; exit 0; }
	frame "$b.live" 3 >l3
	ok "$b: live S at step 4 says it is saved there" grep -q "^ ! snapshot 'ui-1' saved at step 4 (key 6 lists it" l3
	"$HEAPVIZ" stats --db "$db" --at 4 >at4
	"$HEAPVIZ" stats --db "$db" --at ui-1 >atui1
	expect "$b: stats --at ui-1 exits 0" 0 $?
	ok "$b: stats --at ui-1 is the table at step 4" cmp -s at4 atui1
	"$HEAPVIZ" stats --db "$db" --at end >atend
	ok "$b: (the end differs: the snapshot is not the live end)" sh -c '! cmp -s at4 atend'
	"$HEAPVIZ" render --db "$db" --at 4 --size 100x30 >r4
	"$HEAPVIZ" render --db "$db" --at ui-1 --size 100x30 >rui1
	ok "$b: render --at ui-1 is the screen at step 4" cmp -s r4 rui1
	"$HEAPVIZ" diff --db "$db" ui-1 end >diff
	expect "$b: diff ui-1 end exits 0" 0 $?
	ok "$b: diff names the snapshot" grep -q '^session 1 "prog.py": ui-1 (event [0-9]*) -> end' diff
	"$HEAPVIZ" render --db "$db" --at ui-1 --view timeline --size 100x30 >tl
	ok "$b: the timeline lists it" grep -q 'ui-1' tl
	"$HEAPVIZ" export --db "$db" --at ui-1 --format json >json
	ok "$b: export --at ui-1: step 4" grep -q '"at": {"step": 4,' json
	# a replay saves into the session too
	"$VT" -w -s 100x30 -k '~g6<Enter>~S~q' -- "$HEAPVIZ" replay --ui "$b" --db "$db" >"$b.replay" 2>&1
	frame "$b.replay" 3 >p3
	ok "$b: replay S at step 6 says it is saved there" grep -q "^ ! snapshot 'ui-2' saved at step 6 (key 6 lists it" p3
	"$HEAPVIZ" stats --db "$db" --at 6 >at6
	"$HEAPVIZ" stats --db "$db" --at ui-2 >atui2
	ok "$b: stats --at ui-2 is the table at step 6" cmp -s at6 atui2
	"$VT" -w -s 100x30 -k '~6~q' -- "$HEAPVIZ" replay --ui "$b" --db "$db" >"$b.again" 2>&1
	frame "$b.again" 2 >a2
	ok "$b: a later replay's timeline lists both" sh -c 'grep -q ui-1 a2 && grep -q ui-2 a2'
	# without a recording, S says the snapshot is not saved, and why
	"$VT" -w -s 100x30 -k '~g2<Enter>~S~q' -- "$HEAPVIZ" --ui "$b" --no-record prog.py >"$b.norec" 2>&1
	frame "$b.norec" 3 >n3
	ok "$b: --no-record: S says why it is not saved" \
		grep -q "^ ! snapshot 'ui-1' shown here only, not saved: this session is not recorded" n3
	# not a snapshot, but the first message on the screen too: an explicit
	# --profile wins over the demo's #% profile, and the screen says so
	"$VT" -w -s 80x24 -k '~q' -- "$HEAPVIZ" --ui "$b" --no-record --demo pools --profile cpython-3.11 >"$b.prof" 2>&1
	frame "$b.prof" 1 >f1
	ok "$b: --demo pools --profile cpython-3.11 runs on it" grep -q '^Heap · cpython-3.11 ' f1
	ok "$b: and says it is not the demo's" grep -q "! --profile cpython-3.11, not the demo's classroom" f1
done
done_testing

#!/bin/sh
# errfilter.sh DIR: a program's stderr (stdin) as the differential corpus
# keeps it (stdout).  Both python3 and heapviz name a script by its absolute
# path ("File "/.../tests/py/200-x.py", line 3", or "/.../200-x.py:4:
# SyntaxWarning"); the directory DIR the program ran in is dropped from
# quoted names and line starts, so the goldens do not depend on where the
# repository lives.  Addresses in reprs ("<function f at
# 0x7f...>", which CPython draws anew each run) become "at 0x...", and so
# do the two addresses of _PyObject_Dump's lines ("object address  : 0x...",
# "object type     : 0x...", a report lost to the recursion limit).  The
# collector's gc.set_debug lines keep their words and counts: an object's
# address ("gc: collectable <Node 0x...>") and the seconds a collection
# took ("gc: done, ..., ...s elapsed") are masked.
# Used by regen.sh, tests/20-differential.sh and tests/gen/make-set.sh.
awk -v dir="${1:?usage: errfilter.sh DIR}/" '{
	out = ""
	if (index($0, dir) == 1)
		$0 = substr($0, 1 + length(dir))
	while ((i = index($0, "\"" dir)) > 0) {
		out = out substr($0, 1, i)
		$0 = substr($0, i + 1 + length(dir))
	}
	$0 = out $0
	gsub(/ at 0x[0-9a-f]+>/, " at 0x...>")
	sub(/^object (address  |type     ): 0x[0-9a-f]+$/, substr($0, 1, 18) "0x...")
	if ($0 ~ /^gc: (collectable|uncollectable) </)
		sub(/ 0x[0-9a-f]+>$/, " 0x...>")
	if ($0 ~ /^gc: done, /)
		sub(/, [0-9]+\.[0-9]+s elapsed$/, ", ...s elapsed")
	print
}'

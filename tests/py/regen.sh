#!/bin/sh
# Regenerate the expected results of the differential corpus.
#
#   ./regen.sh                 every NNN-*.py in this directory
#   ./regen.sh 001-x.py ...    only these programs (any directory prefix is ignored)
#
# Each program is run by its bare file name from inside tests/py, so tracebacks never
# depend on where the repository lives. The judge is /usr/bin/python3 (CPython 3.11.2);
# set $PYTHON to use another interpreter. For each NNN-topic.py it writes:
#   NNN-topic.out  complete stdout (stdout and stderr are pipes: piped.sh)
#   NNN-topic.err  the whole stderr (the traceback), through errfilter.sh:
#                  the directory dropped from file names, repr addresses masked
#   NNN-topic.rc   the exit status, in decimal, followed by a newline
# REGEN_DIR and REGEN_GLOB do the same for another directory's programs
# (`make regen-demos`: assets/demos/*.py).
set -u
PY=${PYTHON:-/usr/bin/python3}
glob=${REGEN_GLOB:-[0-9][0-9][0-9]*-*.py}
filter=$(cd "$(dirname "$0")" && pwd)/errfilter.sh
. "$(dirname "$filter")/piped.sh"
cd "${REGEN_DIR:-$(dirname "$0")}" || exit 2
here=$(pwd -P)

judge_env               # tests/py/piped.sh: what python3 is judged in
# The locale (sys.stdout's encoding and error handler): C.UTF-8, or the
# one a program's line "#% locale NAME" names (tests/20-differential.sh
# runs heapviz the same way).
# python3 as a person runs it: stdout (a pipe here) block-buffered, its
# TextIOWrapper keeping unflushed text in a list that holds each printed
# str. The harnesses run heapviz the same way (PYTHONUNBUFFERED unset,
# stdout a pipe), and heapviz models that buffer (heap/textio.c).  Pipes,
# not files: the buffer's size is st_blksize, a pipe's is the page size on
# any filesystem (piped.sh).
unset PYTHONUNBUFFERED

if [ $# -eq 0 ]; then
    set -- $glob
fi

# python3 with address-space randomization off where setarch can turn it
# off: Debian's python3 is not position-independent, so its heap starts
# at a random place, and about one run in 75 a class's address passes
# 2**30, an int made from it takes 32 bytes instead of 28, and traced
# sizes change (tests/gen/fuzz-diff.sh does the same).
judge=
setarch -R true 2>/dev/null && judge="setarch -R"

# Each program runs a second time from a directory of another name and
# length: a program whose output changes there would hold heapviz to where
# the repository lives (hash() of a Frame hashes the script's absolute path;
# the int it makes is 4 bytes smaller for one path in eight).  Two
# directories catch such a program with even odds, every regeneration.
elsewhere=$(mktemp -d)
trap 'rm -rf "$elsewhere"' EXIT
mkdir -p "$elsewhere/a" "$elsewhere/another-directory-whose-name-is-longer"

status=0
for arg in "$@"; do
    prog=${arg##*/}
    case $prog in
        $glob) ;;
        *) echo "regen.sh: skipping $arg (not a $glob program)" >&2; status=2; continue ;;
    esac
    if [ ! -f "$prog" ]; then
        echo "regen.sh: $prog: no such program in $(pwd)" >&2
        status=2
        continue
    fi
    base=${prog%.py}
    LC_ALL=$(sed -n 's/^#% locale \([A-Za-z0-9._@-]*\)$/\1/p' "$prog")
    LC_ALL=${LC_ALL:-C.UTF-8}
    export LC_ALL
    rc=$(piped "$base.out" "$base.err.tmp" $judge "$PY" "$prog" </dev/null)
    printf '%s\n' "$rc" >"$base.rc"
    "$filter" "$here" <"$base.err.tmp" >"$base.err"
    rm -f "$base.err.tmp"
    for d in "$elsewhere"/*/; do
        cp "$prog" "$d"
        rc2=$(cd "$d" && piped out err $judge "$PY" "$prog" </dev/null)
        "$filter" "$(cd "$d" && pwd -P)" <"$d/err" >"$d/errnorm"
        if [ "$rc2" != "$rc" ] || ! cmp -s "$d/out" "$base.out" || ! cmp -s "$d/errnorm" "$base.err"; then
            echo "regen.sh: $prog: python3 prints otherwise when it runs from another directory: its output must not depend on where the repository lives" >&2
            status=1
        fi
        rm -f "$d/$prog"
    done
done
exit $status

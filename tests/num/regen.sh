#!/bin/sh
# Regenerates the differential tables of tests/14-bigint.c and tests/15-num.c
# from the reference interpreter.  The tables are committed; run this only
# after changing tests/num/gen.py.  Needs CPython 3.11.2 (Debian bookworm's
# /usr/bin/python3); PYTHON overrides the path.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
py=${PYTHON:-/usr/bin/python3}
"$py" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || {
    echo "regen.sh: need CPython 3.11 as \$PYTHON" >&2
    exit 1
}
exec "$py" "$here/gen.py" "$here"

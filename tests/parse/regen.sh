#!/bin/sh
# regen.sh — writes tests/parse/NAME.dump for every tests/parse/NAME.py
# from the reference interpreter, /usr/bin/python3 (CPython 3.11):
#
#   a file that compiles:  its SyntaxWarnings, then ast.dump(tree) and
#                          ast.dump(tree, include_attributes=True);
#   a file that does not:  what `python3 NAME.py` writes to stderr.
#
# Run it after adding or changing a test file and commit the .dump files.
# Test programs are run to see whether they compile: keep them harmless.
# Usage: tests/parse/regen.sh [NAME.py ...]
set -eu
PYTHON=${PYTHON:-/usr/bin/python3}
cd "$(dirname "$0")"
[ $# -gt 0 ] || set -- *.py
for f in "$@"; do
	f=$(basename "$f")
	"$PYTHON" - "$f" > "${f%.py}.dump" <<'PY'
import ast, os, re, subprocess, sys
name = sys.argv[1]
run = subprocess.run([sys.executable, name], stdin=subprocess.DEVNULL,
                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)
# python3 names the script by its absolute path; the tests use the bare name
err = run.stderr.decode('utf-8', 'surrogateescape').replace(os.path.abspath(name), name)
lines = err.splitlines(keepends=True)
warns = []
while lines and re.match(re.escape(name) + r':\d+: \w+Warning: ', lines[0]):
    warns.append(lines.pop(0))
    if lines and lines[0].startswith('  '):
        warns.append(lines.pop(0))
rest = ''.join(lines)
failed = (run.returncode != 0 and 'Traceback (most recent call last):' not in rest
          and re.search(r'^(SyntaxError|IndentationError|TabError|MemoryError|RecursionError)',
                        lines[-1] if lines else '') is not None)
out = sys.stdout
if failed:
    out.write(err)
else:
    src = open(name, 'rb').read()
    # 3.11.2 reads a script with fgets: a NUL ends its line and eats the newline
    src = re.sub(rb'\0[^\n]*\n?', b'', src)
    tree = ast.parse(src, name)
    out.write(''.join(warns))
    out.write(ast.dump(tree) + '\n' + ast.dump(tree, include_attributes=True) + '\n')
PY
done

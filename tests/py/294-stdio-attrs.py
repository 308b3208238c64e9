# sys.stdout and sys.stderr are _io.TextIOWrapper objects: their repr, the
# encoding and error handlers create_stdio gave them (stderr always
# 'backslashreplace', and line-buffered), their names and descriptors.
# Reading these allocates nothing; the repr's pieces do.
import sys
import tracemalloc

print(sys.stdout)
print(sys.stderr)
print(type(sys.stdout), type(sys.stderr).__name__, sys.getsizeof(sys.stdout))
tracemalloc.start()
attrs = (sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdout.name, sys.stderr.name,
         sys.stdout.mode, sys.stdout.line_buffering, sys.stderr.line_buffering, sys.stdout.write_through,
         sys.stdout.closed, sys.stdout.fileno(), sys.stderr.fileno(), sys.stderr.writable())
print(attrs, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
r = repr(sys.stderr)
print(len(r), tracemalloc.get_traced_memory())
tracemalloc.stop()
print(sys.stdout.write.__name__, type(sys.stdout).write)
print(sys.stdout.mode is 'w', sys.stdout is sys.stderr)
try:
    sys.stdout.encoding = 'ascii'
except AttributeError as e:
    print(e)
try:
    sys.stdout.nosuch
except AttributeError as e:
    print(e)

# A codec error printed and formatted the ways programs do, chained to the
# exception being handled, and what stays alive after its handler; the
# repr of other exceptions is made the same way (PyUnicode_FromFormat of
# "%s(%R)" or "%s%R"), its peak the writer's buffer and the repr inside.
import gc
import sys
import tracemalloc

s = 'na\xefve \u20ac'
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(e.object is s, e.args[1] is e.object, e.args[0] is e.encoding, e.start, e.end)
    print('%s' % e, '|', f'{e}', '|', format(e), '|', '{0!r}'.format(e), '|', str(e.args))
    print(e.__class__.__name__, e.__context__, e.__cause__, type(e.__traceback__).__name__)

try:
    try:
        {}['k']
    except KeyError:
        b'\x80abc'.decode('ascii')
except UnicodeDecodeError as e:
    print(repr(e.__context__), e.__suppress_context__, e)
try:
    try:
        b'ok'.decode() + b'\xc3'.decode()
    except UnicodeDecodeError as inner:
        raise ValueError('wrapped') from inner
except ValueError as e:
    print(e, '<-', e.__cause__, e.__cause__.reason)

def peak_of(label, f):
    gc.collect()
    tracemalloc.start()
    try:
        f()
    except UnicodeError as e:
        m = repr(e)
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(label, cur, peak, len(m))

peak_of('decode', lambda: b'abc\xffdef'.decode())
peak_of('encode', lambda: 'abc\u20acdef'.encode('latin-1'))
peak_of('long', lambda: ('x' * 1000 + '\xe9').encode('ascii'))
peak_of('wide', lambda: ('\U0001f600' * 50).encode('latin-1'))

for exc in [ValueError('x'), KeyError('k'), ValueError(), ValueError(1, 'two', [3]), OSError(32, 'pipe'),
            StopIteration('s' * 100), IndexError('\u20ac' * 10), ZeroDivisionError(1.5)]:
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    r = repr(exc)
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(r[:50], cur - before, peak - before)

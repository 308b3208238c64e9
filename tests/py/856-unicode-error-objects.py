# A codec's UnicodeDecodeError / UnicodeEncodeError is an exception object
# made with args (encoding, object, start, end, reason): its fields are
# readable, str() is built from them, repr() shows the args; the peak of a
# failed call holds the object, its args tuple, the copy of the input,
# the reason str; str(e) makes its message only when asked.
import gc
import sys
import tracemalloc

def show(e):
    print(type(e).__name__, '|', e, '|', repr(e))
    print('  args', e.args)
    print('  fields', e.encoding, ascii(e.object), e.start, e.end, e.reason)
    print('  str', str(e) == str(e), len(str(e)), type(e.args[1]).__name__)

calls = [lambda: b'\xff'.decode(), lambda: '\xe9'.encode('ascii'), lambda: b'abc\xff'.decode('ascii'),
         lambda: b'caf\xc3\xa9\xe2\x82'.decode('utf-8'), lambda: b'x\xc3(y'.decode(),
         lambda: 'caf\xe9\u20ac\u20ac!'.encode('latin-1'), lambda: 'a\ud800\udfffb'.encode(),
         lambda: 'x\U0001f600'.encode('ascii'), lambda: 'ab\u20acd'.encode('ascii'),
         lambda: str(b'\x80' * 5, 'ascii'), lambda: bytes('\xff\u0100', 'latin-1'),
         lambda: 'a\udc80\u20ac'.encode('latin-1', 'surrogateescape'),
         lambda: 'caf\xe9'.encode('ascii', 'surrogatepass'), lambda: b'a\xed\xa0'.decode('utf-8', 'surrogatepass'),
         lambda: (b'\xf0\x9f\x98' * 30 + b'!').decode()]
for f in calls:
    try:
        f()
    except UnicodeError as e:
        show(e)

for f in calls:
    gc.collect()
    before = gc.get_count()[0]
    tracemalloc.start()
    try:
        f()
    except UnicodeError as e:
        cur, peak = tracemalloc.get_traced_memory()
        size = sys.getsizeof(e)
        m = str(e)
        cur2, peak2 = tracemalloc.get_traced_memory()
        r = repr(e)
        cur3, peak3 = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(type(e).__name__, size, cur, peak, cur2 - cur, peak2, cur3 - cur2, peak3, len(m), len(r))
        print('  gc count', gc.get_count()[0] - before)
        del e

# The exception kept after the handler ended: what it holds.
try:
    b'ok\xfe\xff'.decode('utf-8')
except UnicodeDecodeError as err:
    saved = err
print(saved.start, saved.end, saved.object, saved.args[4] is saved.reason, saved.args[1] is saved.object)
print(isinstance(saved, ValueError), issubclass(UnicodeDecodeError, UnicodeError))

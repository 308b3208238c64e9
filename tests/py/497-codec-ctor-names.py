# str() and bytes() with an encoding reach the same fast paths as
# bytes.decode and str.encode (PyUnicode_FromEncodedObject,
# PyUnicode_AsEncodedString): the name normalized as _Py_normalize_encoding
# does, its memory the fast path's.  An empty input decodes to '' before
# any name is looked at; an empty str still looks its codec up.
import tracemalloc

tracemalloc.start()
for enc in ['US ASCII', 'Iso 8859 1', '(utf-8)', 'UTF_16', 'utf 32', 'Latin 1']:
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    b = bytes('h\xe9llo' if 'ASCII' not in enc else 'hello', enc)
    s = str(b, enc, 'strict')
    t = str(b'', enc)
    now, peak = tracemalloc.get_traced_memory()
    print(enc, b, s, repr(t), now - before, peak - before)
    del b, s, t
print(repr(str(b'', 'no such codec')), repr(b''.decode('nothing')))
for f in [lambda: ''.encode('no such codec'), lambda: bytes('', 'nothing'), lambda: str(b'x', 'nothing')]:
    try:
        f()
    except LookupError as e:
        print(type(e).__name__, e)

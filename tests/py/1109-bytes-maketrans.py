# bytes.maketrans(frm, to), a static method of bytes: a new 256-byte bytes
# of the identity with frm's bytes mapped to to's, both buffers taken
# before their lengths are compared (PyErr_Format's ValueError); the
# positional-only clinic's errors, refcounts and peaks.
import sys, tracemalloc
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'abcabc'.translate(t), b'hello'.maketrans(b'', b'')[:5])
print(bytes.__dict__['maketrans'].__func__.__qualname__, type(bytes.maketrans).__name__, sys.getrefcount(bytes.maketrans))
for f in [lambda: bytes.maketrans(b'a'), lambda: bytes.maketrans(b'a', b'bc'), lambda: bytes.maketrans('a', b'b'),
          lambda: bytes.maketrans(b'a', 1), lambda: bytes.maketrans(frm=b'a', to=b'b'), lambda: bytes.maketrans(1, 2, 3),
          lambda: bytes.maketrans(b'a', 'bc')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
tracemalloc.start()
tracemalloc.reset_peak()
u = bytes.maketrans(b'0123', b'abcd')
print(tracemalloc.get_traced_memory(), sys.getrefcount(u))
try:
    bytes.maketrans(b'x' * 100, b'y')
except ValueError as e:
    print(e, tracemalloc.get_traced_memory())

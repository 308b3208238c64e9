# float() of a bytes object (PyFloat_FromString reads its bytes as they are:
# no Unicode digits, a byte past ASCII is no character of a number), with
# the same underscore copy and double report as for a str.  heapviz raised
# TypeError ("float() argument must be a string or a real number").
import tracemalloc
tracemalloc.start()
def probe(b):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        r = float(b)
    except ValueError as e:
        r = e
    c1, p1 = tracemalloc.get_traced_memory()
    print(ascii(r)[:60], c1 - c0, p1 - c0)
for b in [b' 1.5 ', b'1_000.25', b'-inf', b'nan', b'1e3', b'\xd9\xa1', b'\xe9', b'1\x00', b'1__0',
          b'_1', b'', b'   ', b'x' * 300, b'1.5x', b'0x10', b'\t2.5\n', b'9' * 400]:
    probe(b)

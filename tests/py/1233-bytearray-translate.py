# bytearray.translate (bytearray_translate_impl, not bytes'): a new
# bytearray of self's length, filled, then with deletions (or no table)
# resized to what is left by PyByteArray_Resize's rule (getsizeof shows
# the shrink below half, or the kept allocation); never self.
import sys
import tracemalloc
t = bytes.maketrans(b'abc', b'xyz')
b = bytearray(b'aabbccdd' * 10)
for r in (b.translate(t), b.translate(None), b.translate(None, b'ab'), b.translate(t, b'd'), b.translate(t, delete=b'abcd'),
          bytearray().translate(None, b'a'), bytearray(b'x').translate(t)):
    print(r, sys.getsizeof(r), r is b)
for bad in (lambda: b.translate(b'short'), lambda: b.translate('x'), lambda: b.translate(None, 'a'), lambda: b.translate()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
tracemalloc.start()
tracemalloc.reset_peak()
x = tracemalloc.get_traced_memory()[0]
r = b.translate(None, b'abc')
print(tracemalloc.get_traced_memory()[0] - x, tracemalloc.get_traced_memory()[1] - x)

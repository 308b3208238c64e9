# bytes(x) of a bytes or a bytes subclass's instance looks __bytes__ up
# (_PyObject_LookupSpecial: a bound builtin method made, called, freed
# after its result: tracemalloc's peak), which gives x itself or an exact
# copy; bytes.__bytes__ called directly; a str subclass's instance is
# refused as a str (PyUnicode_Check).
import tracemalloc, gc
class B(bytes): pass
x = b'abcdef'; y = B(b'xyz12')
tracemalloc.start()
gc.collect()
for src in (x, y, x, y):
    m = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    r = bytes(src)
    c, p = tracemalloc.get_traced_memory()
    print(c - m, p - m)
    del r
class S(str): pass
for f in (lambda: b'x'.__bytes__(1), lambda: bytes(S('a')), lambda: bytes(S('a'), errors='x'), lambda: B(S('ab'), 'ascii'), lambda: B(b'q').__bytes__(), lambda: bytes.__bytes__(B(b'')) == b''):
    try: print(f())
    except TypeError as e: print(e)

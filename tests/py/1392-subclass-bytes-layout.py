# bytes subclasses laid out as CPython 3.11's: var-sized, the __dict__
# pointer after the bytes and their NUL (tp_dictoffset -8: 41-byte
# tp_basicsize, no __weakref__), a GC type's 16-byte pre-header
# (sys.getsizeof 57 + len), __slots__ = () keeps 33, nonempty __slots__
# python3's TypeError; tracked, tracemalloc's sizes (the block of
# PyType_GenericAlloc's n + 1 items), the value and hash copied from the
# exact bytes bytes_new made, a cycle through the instance's dict.
import sys, gc, tracemalloc
class B(bytes): pass
class E(bytes): __slots__ = ()
print(sys.getsizeof(B()), sys.getsizeof(B(b'abc')), sys.getsizeof(E(b'abc')), sys.getsizeof(B(b'x' * 100)))
try:
    class X(bytes): __slots__ = ('a',)
except TypeError as e: print(e)
b = B(b'hello')
print(b, repr(b), str(b), len(b), b[0], b[1:3], type(b[1:3]).__name__, type(b[:]).__name__, b[:] == b)
print(gc.is_tracked(b), gc.is_tracked(E(b'x')), hash(b) == hash(b'hello'), b == b'hello', b'hello' == b, b < b'z')
b.tag = 1; print(b.__dict__)
tracemalloc.start()
m0 = tracemalloc.get_traced_memory()[0]
x = B(b'abcdefg')
m1 = tracemalloc.get_traced_memory()[0]
x.a = 1
m2 = tracemalloc.get_traced_memory()[0]
y = E(b'q' * 20)
m3 = tracemalloc.get_traced_memory()[0]
print(m1 - m0, m2 - m1, m3 - m2)
try:
    import _weakref
    _weakref.ref(b)
except TypeError as e: print(e)
print(sys.getrefcount(b), {B(b'k'): 1}[b'k'], b'k' in {B(b'k')}, sorted([B(b'b'), b'a']))
d = B(b'cyc'); d.me = d; del d; print(gc.collect())
print(tracemalloc.get_traced_memory()[0] - m3)

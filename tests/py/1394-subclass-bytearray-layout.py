# bytearray subclasses laid out as CPython 3.11's: bytearray's 56 bytes
# and a __weakref__ slot (64) with a managed __dict__ (a 32-byte
# pre-header: sys.getsizeof 96 + ob_alloc), __slots__ in place of both;
# a GC type although bytearray is not (tracked, collected in a cycle),
# the buffer a separate block grown as bytearray's, tracemalloc's sizes,
# weak references, repr with the class's name (BA(b'x')), and the
# instance kept by +=, *= and the mutating methods.
import sys, gc, tracemalloc, _weakref
class BA(bytearray): pass
class SA(bytearray): __slots__ = ('a',)
print(sys.getsizeof(BA()), sys.getsizeof(BA(b'abc')), sys.getsizeof(SA()), sys.getsizeof(BA(100)))
a = BA(b'hello')
print(a, repr(a), str(a), len(a), a[0], a[1:3], type(a[1:3]).__name__, type(a[:]).__name__, a == b'hello', b'hello' == a)
print(gc.is_tracked(a), gc.is_tracked(SA()), gc.is_tracked(bytearray()))
a.tag = 1; print(a.__dict__)
r = _weakref.ref(a); print(r() is a)
tracemalloc.start()
m0 = tracemalloc.get_traced_memory()[0]
x = BA(b'abcdefg')
m1 = tracemalloc.get_traced_memory()[0]
x.a = 1
m2 = tracemalloc.get_traced_memory()[0]
x.extend(b'z' * 40)
m3 = tracemalloc.get_traced_memory()[0]
print(m1 - m0, m2 - m1, m3 - m2, x.__alloc__())
a.append(33); a += b'?'; a *= 2; a[0] = 72; del a[1]; a.insert(0, 64); a.reverse(); a.reverse()
print(type(a).__name__, a, a.pop(), a.find(b'l'), a.count(b'l'))
m = memoryview(a)
try: a.append(1)
except BufferError as e: print(e)
m.release()
y = BA(b'cyc'); y.me = y; del y; print(gc.collect())
print(sys.getrefcount(a), list(BA(b'ab')), [x for x in reversed(BA(b'ab'))], 98 in BA(b'ab'))
try: hash(BA())
except TypeError as e: print(e)
del x
print(tracemalloc.get_traced_memory()[0] - m3)

# memoryview's objects: the view (144 + 3 x 8 for one dimension + the GC
# header, tracked) and its managed buffer (112 + 16, tracked) holding the
# exporter; a slice or memoryview(m) is a new view on the same managed
# buffer (zero copy), where a bytes slice copies.  Refcounts, referents,
# sizes, the attributes of one dimension of format 'B'.
import sys, gc
b = b'hello world'
print(sys.getrefcount(b))
m = memoryview(b)
print(sys.getsizeof(m), m.__sizeof__(), gc.is_tracked(m), sys.getrefcount(b))
mb = gc.get_referents(m)[0]
print(type(mb).__name__, sys.getsizeof(mb), gc.is_tracked(mb), gc.get_referents(mb)[0] is b)
print(sys.getrefcount(mb))
s = m[1:3]
t = m[::2]
u = memoryview(m)
print(gc.get_referents(s)[0] is mb, gc.get_referents(t)[0] is mb, gc.get_referents(u)[0] is mb)
print(sys.getrefcount(mb), sys.getrefcount(b))
print(len(m), len(s), len(t), m.nbytes, t.nbytes, m.readonly, m.format, m.itemsize, m.ndim)
print(m.shape, m.strides, t.shape, t.strides, m[::-1].strides, m.suboffsets, m.obj is b, s.obj is b)
print(m.c_contiguous, m.f_contiguous, m.contiguous, t.contiguous, m[1:2:5].contiguous)
print(m[0], m[-1], m[(4,)], s.tobytes(), t.tolist(), m[::-1].tobytes(), m[5:5].tobytes())
print(type(m).__name__, repr(m).startswith('<memory at 0x'), m.__class__ is memoryview)
copy = b[1:10]
view = m[1:10]
print(sys.getsizeof(copy), sys.getsizeof(view))
del m, s, t, u, view
print(sys.getrefcount(mb), sys.getrefcount(b))
del mb
print(sys.getrefcount(b))
ba = bytearray(b'abc')
w = memoryview(ba)
print(w.readonly, sys.getsizeof(w), w.obj is ba, sys.getrefcount(ba))

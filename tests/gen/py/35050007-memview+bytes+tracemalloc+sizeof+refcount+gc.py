# gen.py 35050007 --features memview,bytes,tracemalloc,sizeof,refcount,gc,core --stmts 60
import sys
import gc
def f1(p0):
    acc = [p0]
    for i in range(5):
        acc.append(i)
    return acc
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm1 = []
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm1.append("")
v2 = {"k0": 286240837, "k1": 486984755, "k2": "  pad  ", "k3": "b"}
v3 = repr(tm1)
print(type(tm1).__name__)
tm1.insert(-2, 217)
r4 = f1(70)
print(r4)
print(len(gc.get_referents(tm1)))
del tm1
v5 = 968.95
acc6 = []
for i in range(10):
    acc6.append({i: i})
print(len(acc6), acc6[-3:])
v7 = bytes(9)
r8 = f1(-55045)
print(r8)
v9 = v3.capitalize()
print(gc.is_tracked(v9))
mb10 = bytearray(b'0123' * 158)
m11 = memoryview(mb10)
try:
    print(65 in m11, b'-'.join([m11[:3], b'x']))
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(v2.pop("k2", None))
print(type(acc6).__name__)
v5 = 29.62
v7 = v7 + b"abc"
try:
    print(memoryview(m11)[-4:][::2].tolist()[:8], bytes(m11[::2])[:8])
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
del v9
del acc6
print(len(gc.get_referents(v2)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm12 = v3 * 1
tm12 = [tm12 for _ in range(35)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del v5
print(type(tm12).__name__)
print(v2.pop(10, None))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm13 = tm12 + [21145]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm13
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc14 = []
for i in range(20):
    acc14.append(i)
print(len(acc14), acc14[-3:])
acc15 = []
i = 0
while i < 11:
    if i % 2 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
v16 = acc14 * 3
v17 = v3 + "a-b-c"
print(type(v7).__name__)
try:
    print(len(m11), m11.nbytes, m11.readonly, m11.format, m11.itemsize, m11.ndim)
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
m18 = memoryview(mb10)
print(gc.is_tracked(m18), len(gc.get_referents(m18)))
v19 = (repr(v16), -2.25, -2.25)
acc15.extend(range(0))
print(len(v16))
v20 = 84
v21 = b"\x00\xff"
print(tm12)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = tuple(acc15)
tm22 = [tm22 for _ in range(34)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm22
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc14.extend(range(7))
print(sys.getsizeof(v19))
print(type(v20).__name__)
r23 = f1(34)
print(r23)
v2.update({"k4": 3})
acc24 = []
for i in range(7):
    acc24.append(i * 1000)
print(len(acc24), acc24[-3:])
del tm12
print(type(acc15).__name__)
acc24 = acc24 + [-73575]
mb25 = bytearray(b'ab' * 48)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
m26 = memoryview(mb25)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(gc.is_tracked(m26), len(gc.get_referents(m26)))
acc14 = list(range(12))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm27 = bytes(2)
tm27 = [tm27 for _ in range(36)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm27
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(sys.getsizeof(v19))
v28 = "snake_case"
print(sys.getsizeof(v20))
v29 = {47: 371322206, 213: 131213258}
print(gc.collect())

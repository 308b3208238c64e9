# gen.py 35050001 --features memview,bytes,tracemalloc,sizeof,refcount,gc,core --stmts 60
import sys
import gc
def f1(p0=0):
    acc = [p0]
    for i in range(4):
        acc.append(i)
    return acc
v1 = [1587373646]
v1.reverse()
mb2 = bytearray(bytes(range(5)))
m3 = memoryview(mb2)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
ms4 = m3[::-2].tobytes()
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
del ms4
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0, tm_c2 - tm_c1)
v5 = 1.5
v6 = 5059
v7 = {"k0": "b"}
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm8 = "-".join(str(e) for e in v1)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v9 = bytes(4)
del tm8
print(gc.collect())
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
ms10 = m3[-5:4]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
del ms10
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0, tm_c2 - tm_c1)
v7["k2"] = v1 * 3
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm11 = ("€", v5 * 100.0, -v6)
tm11 = [tm11 for _ in range(3)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm11
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v12 = {"k0": v6 % 10, "k1": "b", "k2": "café"}
print(sys.getsizeof(v6))
print(sys.getsizeof(v5))
mb13 = b'ab' * 37
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
m14 = memoryview(mb13)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)
try:
    print(sys.getrefcount(mb13))
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(v7.get("k3"), list(v7.keys())[:3])
m15 = memoryview(mb13)
print(gc.is_tracked(m15), len(gc.get_referents(m15)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = {27: 138, 192: 255, 225: len(v1), 136: v6 % 2}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(gc.is_tracked(v6))
r17 = f1(v6 + -4)
print(r17)
print(v7.pop("k4", None))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm18 = bytes(5)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v6 = 31
print(tm16.pop("k2", None))
print(tm16.get("k5"), list(tm16.keys())[:3])
print(sys.getsizeof(v6))
acc19 = []
i = 0
while i < 5:
    if i % 5 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
tm18 = bytes(16)
acc20 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc20.append((i, x))
else:
    acc20.append(None)
print(len(acc20), acc20[-3:])
mb21 = b'ab' * 165
m22 = memoryview(mb21)
try:
    print(m22 == mb21, m22 == b'yy0babxz9c0bz9a9zzaccc9x0xa0aaaxaccaxaza', m22 != b'')
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
del acc19
print(len(acc20))
mb23 = b'ab' * 63
m24 = memoryview(mb23)
try:
    print(bytes(m24[:8]), bytearray(m24[7:48]), list(m24[:5]))
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
m25 = memoryview(mb13)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)
with memoryview(mb13) as w26:
    print(w26.tobytes()[:10], w26.nbytes)
    try:
        mb13.append(0)
    except (BufferError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    print(w26.nbytes)
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(w26 == w26, len(mb13))
acc27 = []
i = 0
while i < 2:
    if i % 5 == 0:
        acc27.append(i)
    i += 1
print(len(acc27), acc27[-3:])
del v1
print(gc.is_tracked(tm16))
print(sys.getsizeof(tm18))
print(sys.getsizeof(acc20))
v7[5] = v6 % 5
v28 = {}
v29 = (f"<{v5}>", 3.141592653589793, "中文", "a-b-c", "a-b-c", "ü")
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm30 = {i: i * i for i in range(12)}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm30
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm31 = [i * 7 for i in range(0)]
tm31 = [tm31 for _ in range(21)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm31
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
r32 = f1(v6 // 7)
print(r32)
acc20.append(92039)
if 5 in v7:
    del v7[5]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm33 = repr(acc27)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm33
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
m34 = memoryview(mb21)
try:
    print(m34.hex()[:40], m34[:6].hex(' '), m34[:9].hex('-', 3))
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v5))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm35 = {"k0": "café", "k1": "Hello World"}
tm35 = [tm35 for _ in range(11)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
mb36 = bytearray(b'yb90yx0az0zx9')
m37 = memoryview(mb36)
m37.release()
try:
    print(m37[0])
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
try:
    print(len(m37))
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
del m37
try:
    mb36.append(1)
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(type(v6).__name__)
acc38 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc38.append((i, x))
else:
    acc38.append(None)
print(len(acc38), acc38[-3:])
del r32
print(sys.getsizeof(v7))
print(sys.getsizeof(v7))
print(gc.collect())

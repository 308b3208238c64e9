# gen.py 35050003 --features memview,bytes,tracemalloc,sizeof,refcount,gc,core --stmts 60
import sys
import gc
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(5):
        acc.append(i)
    return acc
v1 = 224
v2 = "line\n"
mb3 = bytearray(b'cxbxcyz0bayxz')
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
m4 = memoryview(mb3)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)
try:
    print(mb3.pop(), len(mb3))
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
v5 = 100.0
v6 = v1 + 17
v7 = [193, 35912, v6 + 88993, -v1, len(v2)]
v8 = v2 + "a-b-c"
mb9 = bytearray(bytes(40))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
m10 = memoryview(mb9)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)
m10.release()
try:
    print(m10[0])
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
try:
    print(len(m10))
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
del m10
try:
    mb9.append(1)
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v5))
v11 = list(range(3))
v12 = tuple(v7)
v13 = repr(v7)
print(len(v11))
print(sys.getsizeof(v13))
r14 = f1(-v1, len(v12))
print(r14)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
m15 = memoryview(mb9)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
ms16 = m15[-4:43]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
del ms16
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0, tm_c2 - tm_c1)
if v11:
    v11[0] = v2.title()
if v11:
    print(v11.pop())
del v7[:3]
v13 = "ü"
r17 = f1(len(v2), v1 // 7)
print(r17)
v18 = (v2 * 0, float(v1), v6 % 10, v1 % 97)
print(sys.getsizeof(v13))
if v7:
    print(v7.pop())
print(type(v12).__name__)
if v11:
    v11[0] = v8[0:4]
v19 = dict(k0=v1 + 2747, k1=40241, k2=146, k3=89890, k4=v1 % 5)
del v12
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
m20 = memoryview(mb3)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)
del m20
v7.append(v6 + 27390)
v11.append("café")
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = v11 * 2
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
m22 = memoryview(mb9)
del m4
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm23 = (v6 % 5, v1 // 7, v13.lower(), v5 * 0.1)
tm23 = [tm23 for _ in range(8)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm23
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
mb24 = bytearray(bytes(40))
m25 = memoryview(mb24)
del m15
with memoryview(mb9) as w26:
    print(w26.tobytes()[:10], w26.nbytes)
    try:
        mb9.append(0)
    except (BufferError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    print(w26.nbytes)
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(w26 == w26, len(mb9))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm27 = (-2.25, 1.5, v1 + 114, 100.0, v6 / 3)
tm27 = [tm27 for _ in range(38)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm28 = {i: i * i for i in range(6)}
tm28 = [tm28 for _ in range(9)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(sys.getsizeof(v1))
print(sys.getsizeof(v8))
v29 = list(range(5))
print(len(v19))
print(v19.get("k1"), list(v19.keys())[:3])
print(sys.getrefcount(tm27))
print(gc.is_tracked(tm28))
v30 = v13 * 1
print(gc.is_tracked(v19))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm31 = "-".join(str(e) for e in v18)
tm31 = [tm31 for _ in range(34)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v32 = (v1 + 96628,)
print(gc.is_tracked(v30))
v29.reverse()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm33 = v29 * 3
tm33 = [tm33 for _ in range(3)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm33
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(sys.getsizeof(v13))
print(type(tm28).__name__)
v34 = {214: len(v8), 118: 242, 115: v1 + 505506739, 71: len(v32), -18: v6 // 1, 191: -v1}
print(gc.collect())

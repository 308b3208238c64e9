# gen.py 35050005 --features memview,bytes,tracemalloc,sizeof,refcount,gc,core --stmts 60
import sys
import gc
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = 48126
mb2 = bytearray(b'x' * 153)
m3 = memoryview(mb2)
try:
    print(m3.shape, m3.strides, m3.suboffsets, m3.contiguous, m3.obj is mb2)
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v1))
v4 = f"<{v1}>"
v5 = [v1 + -90568, 59, 239, v1 // 7, -v1, -15965, len(v4)]
print(sys.getsizeof(v1))
v6 = 100.0
print(v1)
v7 = [v4.title(), 1091904768, str(v1), v1 * -3, v4.upper()]
try:
    print(mb2.find(m3[:2]), mb2.startswith(m3[:1]), mb2 + m3[:2])
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
v8 = {}
del v7
m9 = memoryview(mb2)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
ms10 = m9[::1].tobytes()
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
del ms10
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0, tm_c2 - tm_c1)
print(type(v4).__name__)
r11 = f1(-v1, v1 % 5)
print(r11)
v12 = b""
v13 = bytes(5)
v5.reverse()
v14 = v1 // 1
del m3
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = v4.lower()
tm15 = [tm15 for _ in range(33)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(len(v8))
del v13
v8.update({0: 1})
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
m16 = memoryview(mb2)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)
with memoryview(mb2) as w17:
    print(w17.tobytes()[:10], w17.nbytes)
    try:
        mb2.append(0)
    except (BufferError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    print(w17.nbytes)
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(w17 == w17, len(mb2))
print(sys.getsizeof(v8))
print(type(v5).__name__)
v1 = v1 * 6
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm18 = {i: i * i for i in range(2)}
tm18 = [tm18 for _ in range(34)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm18
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm19 = (-v14, 151, "snake_case", v4 * 3)
tm19 = [tm19 for _ in range(30)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm19
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v6 = v1 / 2
r20 = f1(1857108221, -94805)
print(r20)
m21 = memoryview(mb2)
try:
    print(m21[1])
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(len(gc.get_referents(v8)))
print(sys.getrefcount(v8))
mb22 = b'0123' * 106
m23 = memoryview(mb22)
del m16
v4 = v4 * 0
acc24 = []
i = 0
while i < 7:
    if i % 4 == 0:
        acc24.append(i)
    i += 1
print(len(acc24), acc24[-3:])
print(len(v5))
m9.release()
try:
    print(m9[0])
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
try:
    print(len(m9))
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
del m9
try:
    mb2.append(1)
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm25 = {}
tm25 = [tm25 for _ in range(40)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm25
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
del v5[:3]
try:
    m21[-6] = -1
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(type(v8).__name__)
v26 = [v4[0:7]]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm27 = (f"<{v1}>", 0.0, v1 / 2, "tab\t")
tm27 = [tm27 for _ in range(15)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm27
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(sys.getsizeof(v14))
print(type(acc24).__name__)
print(type(v6).__name__)
v28 = (896700302,)
print(sys.getrefcount(v26))
print(v8.get("k2"), list(v8.keys())[:3])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm29 = ()
tm29 = [tm29 for _ in range(8)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm29
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v30 = bytes(16)
m31 = memoryview(mb22)
with memoryview(mb22) as w32:
    print(w32.tobytes()[:10], w32.nbytes)
    try:
        mb22.append(0)
    except (BufferError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    print(w32.nbytes)
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(w32 == w32, len(mb22))
m33 = memoryview(mb22)
m33.release()
try:
    print(m33[0])
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
try:
    print(len(m33))
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
del m33
try:
    mb22.append(1)
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(sys.getrefcount(acc24))
del v30
print(gc.collect())

# gen.py 35050002 --features memview,bytes,tracemalloc,sizeof,refcount,gc,core --stmts 60
import sys
import gc
def f1():
    acc = []
    for i in range(4):
        acc.append(i)
    return acc
v1 = 180
v2 = "a"
acc3 = []
for i in range(10):
    acc3.append(i * 1000)
print(len(acc3), acc3[-3:])
v4 = {}
print(gc.is_tracked(v1))
print(sys.getsizeof(acc3))
r5 = f1()
print(r5)
v6 = v1 // 1
v4.update({"k4": 7})
print(gc.is_tracked(v2))
print(sys.getsizeof(v4))
v7 = v2 + "tab\t"
mb8 = bytes(13)
m9 = memoryview(mb8)
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
    mb8.append(1)
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v6))
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm10 = b"a"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del acc3[:1]
print(sys.getsizeof(acc3))
del acc3
print(type(v4).__name__)
m11 = memoryview(mb8)
try:
    del mb8[1]
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v1))
r12 = f1()
print(r12)
v13 = v6 / 7
del tm10
mb14 = bytes(range(3))
m15 = memoryview(mb14)
print(sys.getrefcount(mb14), sys.getrefcount(m15))
print(v4.get(4), list(v4.keys())[:3])
print(gc.collect())
v16 = v1 + 1551081098
r17 = f1()
print(r17)
acc18 = []
for i in range(1):
    acc18.append(str(i))
print(len(acc18), acc18[-3:])
v19 = "snake_case"
v20 = repr(v4)
v21 = (v1 // -4,)
print(gc.collect())
mb22 = bytearray(bytes(range(256)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
m23 = memoryview(mb22)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
ms24 = m23[-2:22]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
del ms24
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0, tm_c2 - tm_c1)
print(gc.collect())
v25 = acc18[:]
print(gc.collect())
print(sys.getsizeof(v7))
r26 = f1()
print(r26)
v27 = b"hello"
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm28 = acc18 * 3
tm28 = [tm28 for _ in range(26)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm28
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v29 = v27[1:]
r30 = f1()
print(r30)
r31 = f1()
print(r31)
mb32 = bytearray(bytes(1))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
m33 = memoryview(mb32)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)
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
    mb32.append(1)
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v4))
print(type(v2).__name__)
v4["k0"] = v19.split()
r34 = f1()
print(r34)
print(len(v29))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm35 = v7[0:2]
tm35 = [tm35 for _ in range(30)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v36 = {179: v1 % 10, 50: v6 * -2, 16: v6 + -52605, 111: -v16, 81: v6 % 10}
v37 = v20.split()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm38 = []
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm38
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v39 = b"hello"
del r31
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm40 = {i: i * i for i in range(12)}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del v27
print(tm40.pop("k1", None))
print(gc.collect())

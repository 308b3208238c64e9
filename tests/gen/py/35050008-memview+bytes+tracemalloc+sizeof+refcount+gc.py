# gen.py 35050008 --features memview,bytes,tracemalloc,sizeof,refcount,gc,core --stmts 60
import sys
import gc
def f1():
    acc = []
    acc = tuple(acc)
    return acc
r1 = f1()
print(r1)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm2 = "a"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm2
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v3 = [1767759384, 100.0, 70]
acc4 = []
i = 0
while i < 23:
    if i % 2 == 0:
        acc4.append(i)
    i += 1
print(len(acc4), acc4[-3:])
mb5 = bytearray(b'000y0axc900ycxx0ccyaaaxbbaa9bzaaabbzbyaz')
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
m6 = memoryview(mb5)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)
try:
    print(sys.getsizeof(m6), sys.getsizeof(m6[0:10]))
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
if v3:
    print(v3.pop())
v7 = dict(k0=1920912758, k1=58, k2=-6512, k3=670511593, k4=-76520)
r8 = f1()
print(r8)
v7 = dict(k0=227, k1=162, k2=1549356352, k3=1962649402)
print(sys.getrefcount(acc4))
v7.update({"k1": 2})
print(type(acc4).__name__)
v9 = ()
print(sys.getrefcount(acc4))
v10 = (849763215, "Hello World", "abc123")
v3.append(len(acc4))
r11 = f1()
print(r11)
print(type(v3).__name__)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm12 = "abc123"
tm12 = [tm12 for _ in range(23)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v13 = 18848
r14 = f1()
print(r14)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = [798993675, 1432589344, v13 % 5]
tm15 = [tm15 for _ in range(25)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = list(range(8))
tm16 = [tm16 for _ in range(21)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v17 = "  pad  "
print(len(gc.get_referents(tm12)))
acc4.extend(range(8))
print(sys.getsizeof(acc4))
print(sys.getsizeof(v7))
print(len(v7))
print(gc.is_tracked(tm16))
acc18 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
v19 = acc4 + [229]
print(sys.getsizeof(v7))
v20 = 29
print(gc.is_tracked(v7))
v21 = v13 % 2
v22 = b"a"
v23 = 3.141592653589793
del tm15[:2]
v24 = v17 + "Hello World"
print(gc.collect())
r25 = f1()
print(r25)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm26 = "€"
tm26 = [tm26 for _ in range(2)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm27 = {"k0": v21 % 10}
tm27 = [tm27 for _ in range(39)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm28 = [v13 % 2, 1393451410, v20 % 97]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm28
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(len(v7))
print(v7.get("k6"), list(v7.keys())[:3])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm29 = v3[:]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(sys.getsizeof(v13))
tm29.insert(3, 92)
v30 = [i * 2 for i in range(3)]
del v3
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm31 = bytes(13)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm31
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm26.insert(2, len(tm29))
v7["k6"] = list(range(10))
del tm12[:1]
print(sys.getrefcount(v7))
acc32 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc32.append((i, x))
else:
    acc32.append(None)
print(len(acc32), acc32[-3:])
v33 = (len(tm27), f"<{v20}>", f"<{v13}>")
print(gc.collect())

# gen.py 35050004 --features memview,bytes,tracemalloc,sizeof,refcount,gc,core --stmts 60
import sys
import gc
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
mb1 = b''
m2 = memoryview(mb1)
print(gc.is_tracked(m2), len(gc.get_referents(m2)))
v3 = [52, 714.76, "中文"]
print(type(v3).__name__)
print(sys.getsizeof(v3))
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm4 = v3 * 3
tm4 = [tm4 for _ in range(30)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm4
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
m5 = memoryview(mb1)
print(sys.getrefcount(mb1), sys.getrefcount(m5))
v6 = "tab\t"
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm7 = v6[1:7]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm7
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
del v3
v8 = (260309442, len(v6))
v9 = []
print(v9)
v10 = 1e10
m11 = memoryview(mb1)
print(sys.getrefcount(mb1), sys.getrefcount(m11))
acc12 = []
i = 0
while i < 13:
    if i % 5 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
print(sys.getsizeof(acc12))
print(sys.getsizeof(v8))
acc12.insert(2, 113)
v8 = tuple(v9)
print(v10)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm13 = (len(v9),)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = [35, 688343777]
tm14 = [tm14 for _ in range(19)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v10 = 1e10
v9.insert(-1, 1323205975)
r15 = f1(1545314261)
print(r15)
v16 = v6.split()
del v6
del tm14[:2]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm17 = "abc123"
tm17 = [tm17 for _ in range(36)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm17
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
m18 = memoryview(mb1)
try:
    print(memoryview(m18)[3:][::2].tolist()[:8], bytes(m18[::2])[:8])
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
acc19 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = []
tm20 = [tm20 for _ in range(12)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc21 = []
i = 0
while i < 23:
    if i % 2 == 0:
        acc21.append(i)
    i += 1
print(len(acc21), acc21[-3:])
v22 = b"hello"
del v22
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm23 = b"hello"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm23 = tm23 + b""
print(type(tm23).__name__)
v24 = ""
v25 = b""
v16 = acc19[:]
v26 = "Hello World"
r27 = f1(31224)
print(r27)
v28 = 238684252
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm29 = "-".join(str(e) for e in tm13)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc21.reverse()
if tm20:
    tm20[0] = v24.lower()
print(type(v26).__name__)
acc30 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc30.append((i, x))
else:
    acc30.append(None)
print(len(acc30), acc30[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm31 = b"a"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm31
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(len(acc21))
mb32 = bytearray(bytes(range(0)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
m33 = memoryview(mb32)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)
del m5
r34 = f1(-v28)
print(r34)
r35 = f1(807319415)
print(r35)
v36 = ()
v37 = v25[1:]
v38 = tm29.replace("l", "L")
del v16
print(sys.getsizeof(acc19))
print(gc.collect())

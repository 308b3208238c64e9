# gen.py 35050008 --features structseq,refcount,sizeof,tracemalloc,core --stmts 60
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
sq5 = sys.version_info
print(sys.getrefcount(sq5), sys.getrefcount(sys.version_info))
del sq5
sq6 = sys.hash_info
print(sys.getrefcount(sq6), sys.getrefcount(sys.hash_info))
del sq6
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm7 = "b"
tm7 = [tm7 for _ in range(2)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm7
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
if v3:
    v3[0] = "a-b-c"
v8 = repr(acc4)
if v3:
    v3[0] = "UPPER"
print(len(acc4))
del v8
if v3:
    print(v3.pop())
v9 = dict(k0=1920912758, k1=58, k2=-6512, k3=670511593, k4=-76520)
r10 = f1()
print(r10)
v9 = dict(k0=227, k1=162, k2=1549356352, k3=1962649402)
print(sys.getrefcount(acc4))
v9.update({"k1": 2})
print(type(acc4).__name__)
v11 = ()
print(sys.getrefcount(acc4))
v12 = (849763215, "Hello World", "abc123")
v3.append(len(acc4))
r13 = f1()
print(r13)
print(type(v3).__name__)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = "abc123"
tm14 = [tm14 for _ in range(23)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v15 = 18848
r16 = f1()
print(r16)
try:
    print(sys.version_info.missing_)
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(type(v15).__name__)
print(sys.getsizeof(v12))
print(v15)
try:
    print(list(sys.float_info), sorted(map(str, sys.float_info))[:3])
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
if "k2" in v9:
    del v9["k2"]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm17 = {251: v15 // 3, 137: 182457015}
tm17 = [tm17 for _ in range(13)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm17
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc18 = []
for i in range(14):
    acc18.append((i, i))
print(len(acc18), acc18[-3:])
print(type(v11).__name__)
sq19, *sq20 = sys.float_info
print(sq19, sq20)
print(sys.getsizeof(v3))
try:
    print(type(sys.float_info)(tuple(sys.float_info)) == sys.float_info)
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(sys.getrefcount(tm14))
v21 = "tab\t"
acc22 = []
i = 0
while i < 18:
    if i % 2 == 0:
        acc22.append(i)
    i += 1
print(len(acc22), acc22[-3:])
try:
    sq23, sq24, sq25 = sys.thread_info
    print(sq23, sq24, sq25)
except ValueError as e:
    print('ValueError', e)
print(len(v12))
try:
    print(sys.version_info.index(sys.version_info[2]), sys.version_info.count(sys.version_info[0]), sys.version_info[0] in sys.version_info)
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
sq26, *sq27 = sys.float_info
print(sq26, sq27)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm28 = v3[:]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(len(v11))
acc22.insert(3, v15 * 0)
v29 = [i * 2 for i in range(3)]
del r1
sq30, *sq31 = sys.float_info
print(sq30, sq31)
acc22 = [len(v3), v15 // 3]
tm14.extend(range(3))
acc32 = []
i = 0
while i < 9:
    if i % 4 == 0:
        acc32.append(i)
    i += 1
print(len(acc32), acc32[-3:])
print(type(tm14).__name__)
if acc22:
    print(acc22.pop())
try:
    print(len(sys.version_info), type(sys.version_info).__name__, isinstance(sys.version_info, tuple))
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)

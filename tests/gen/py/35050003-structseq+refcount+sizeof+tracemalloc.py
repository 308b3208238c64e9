# gen.py 35050003 --features structseq,refcount,sizeof,tracemalloc,core --stmts 60
import sys
import gc
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(5):
        acc.append(i)
    return acc
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm1 = dict(k0=190)
tm1 = [tm1 for _ in range(28)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm1
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v2 = "b"
print(sys.getsizeof(v2))
v3 = {}
v4 = -2.25
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm5 = "spam eggs"
tm5 = [tm5 for _ in range(8)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm5
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v6 = {}
v6.update({"k5": 8})
del v4
sq7, *sq8 = sys.version_info
print(sq7, sq8)
v9 = ()
v9 = ("  pad  ", 35912, "-".join(str(e) for e in v9))
print(type(v9).__name__)
v10 = v2 + "a-b-c"
try:
    print(type(sys.thread_info)([]))
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
v11 = dict(k0=1933395676, k1=20, k2=-5, k3=33949)
v12 = -2.25
v13 = [206, "-".join(str(e) for e in v9)]
v13.insert(-2, 1483851825)
try:
    print(type(sys.int_info)(tuple(sys.int_info)) == sys.int_info)
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = v2.split()
tm14 = [tm14 for _ in range(35)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(sys.getrefcount(v11))
print(tm14)
v13 = [[j] * 1 for j in range(3)]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = (1.5, 197371552)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(len(v10))
print(v3)
try:
    print(sys.version_info[7])
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = (179, v10[0:4], 29, 3.141592653589793)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm17 = repr(tm16)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(type(v10).__name__)
del v12
v18 = 81
tm14.insert(3, v18 * 0)
v19 = 1e10
v11 = dict(k0=180, k1=v18 + 0, k2=v18 + 27390, k3=-v18, k4=84044)
print(type(tm17).__name__)
try:
    print(list(sys.version_info), sorted(map(str, sys.version_info))[:3])
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = str(v18)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm20
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(tm17)
print(v10)
acc21 = []
i = 0
while i < 11:
    if i % 5 == 0:
        acc21.append(i)
    i += 1
print(len(acc21), acc21[-3:])
v11 = {}
del tm17
r22 = f1(v18 % 97, v18 % 5)
print(r22)
print(sys.getsizeof(v6))
acc21.extend(range(3))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm23 = "Hello World"
tm23 = [tm23 for _ in range(38)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v24 = float(v18)
v25 = (v18 / -8, v18 * 7, float(v18))
print(type(v6).__name__)
sq26 = sys.float_info
print(sys.getrefcount(sq26), sys.getrefcount(sys.float_info))
del sq26
print(len(v6))
v27 = 70802
print(v6.pop(11, None))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm28 = (v24 * 864.42, 100.0, 1946559213, "UPPER")
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm28
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(sys.getsizeof(v27))
sq29 = sys.version_info
print(sys.getrefcount(sq29), sys.getrefcount(sys.version_info))
del sq29
try:
    print(sys.getsizeof(sys.thread_info), sys.getsizeof(sys.thread_info[:0]))
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(len(v10))

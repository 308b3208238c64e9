# gen.py 35050005 --features structseq,refcount,sizeof,tracemalloc,core --stmts 60
import sys
import gc
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = 48126
sq2, *sq3 = sys.int_info
print(sq2, sq3)
v4 = (409.95, 69358, 138, v1 * 6, v1 % 2)
sq5 = sys.hash_info
print(sys.getrefcount(sq5), sys.getrefcount(sys.hash_info))
del sq5
v6 = [v1 * -1, 950648860, v1 // 1]
print(sys.getsizeof(v1))
del v6[:3]
v7 = v6 + [v1 + -90568]
r8 = f1(v1 // -4, 239)
print(r8)
v9 = (100.0, 1e10, len(v4), "line\n")
print(v1)
v7 = ["  pad  ", float(v1), v1 + 167, -v1, float(v1)]
try:
    sq10, sq11, sq12 = sys.int_info
    print(sq10, sq11, sq12)
except ValueError as e:
    print('ValueError', e)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm13 = [v1 // 2, 990990653, "a-b-c", "hello"]
tm13 = [tm13 for _ in range(28)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v14 = {i: i * i for i in range(7)}
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = tuple(tm13)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm15
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
sq16 = sys.int_info + sys.int_info
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm sq', tm_c1 - tm_c0, tm_p1 - tm_p0)
del sq16
print(len(v4))
v17 = (v1 % 2, v1 // 1, float(v1))
print(sys.getrefcount(tm13))
v1 = len(v7)
v7.append(186)
v7.extend(range(3))
v18 = {}
v14.update({0: 1})
v18 = {284: v1 + 1500194260}
del v17
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm19 = str(v1)
tm19 = [tm19 for _ in range(37)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm19
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(len(v9))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = dict()
tm20 = [tm20 for _ in range(39)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(sys.getsizeof(v4))
print(sys.getrefcount(v6))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = {i: i * i for i in range(2)}
tm21 = [tm21 for _ in range(34)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm21
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = (-v1,)
tm22 = [tm22 for _ in range(25)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(v9)
print(type(v9).__name__)
print(len(tm22))
print(v14)
r23 = f1(453169644, v1 // -4)
print(r23)
tm22.extend(range(2))
v1 = 1210917884
v24 = [[j] * 1 for j in range(5)]
v6.insert(2, -v1)
sq25, *sq26 = sys.int_info
print(sq25, sq26)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm27 = [v1 % 5, -89400, len(v18), v1 // -4, 161, 74586, v1 // 1, v1 % 2, v1 % 97]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm27
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(len(v9))
print(len(v6))
try:
    sq28, sq29, sq30, sq31, sq32, sq33, sq34, sq35, sq36 = sys.float_info
    print(sq28, sq29, sq30, sq31, sq32, sq33, sq34, sq35, sq36)
except ValueError as e:
    print('ValueError', e)
print(sys.getsizeof(v18))
try:
    print(sys.version_info.serial, sys.version_info[1])
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
r37 = f1(v1 + 231, v1 + 2058672898)
print(r37)
try:
    print(sys.version_info[8:-3], sys.version_info[::2])
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
v14.update({8: 1})
v38 = list(range(10))
v18 = {"k0": "中文", "k1": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "k2": "abc123", "k3": repr(v9), "k4": v1 // -4}
print(sys.getsizeof(v1))
del tm13
v39 = "hello"
v24.reverse()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm40 = (-v1,)
tm40 = [tm40 for _ in range(37)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)

# gen.py 35050001 --features structseq,refcount,sizeof,tracemalloc,core --stmts 60
import sys
import gc
def f1(p0=0):
    acc = [p0]
    for i in range(4):
        acc.append(i)
    return acc
v1 = [1587373646]
v1.reverse()
print(type(v1).__name__)
print(v1)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm2 = v1 + [-46755]
tm2 = [tm2 for _ in range(12)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(type(tm2).__name__)
v3 = "a"
v4 = 5059
v5 = {"k0": v3.replace("l", "L")}
try:
    print(sys.getsizeof(sys.int_info), sys.getsizeof(sys.int_info[:1]))
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
v6 = {i: i * i for i in range(5)}
v4 = 87229216
v7 = (36395, -v4, v4 % 5, v3.replace("l", "L"))
v8 = v1 * 3
r9 = f1(222451913)
print(r9)
v10 = v3 + "abc123"
v11 = [len(v7), v4 * 7, "b", v4 % 2, v10.replace("l", "L"), "ü"]
v6["k3"] = "UPPER"
print(v6.get("k3"), list(v6.keys())[:3])
v12 = [len(v7), len(v10), v4 + 18632]
print(sys.getsizeof(v3))
v13 = v4 * 6
del tm2
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = v10[1:9]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm14
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v15 = str(v4)
del v7
v11.reverse()
r16 = f1(v13 + -4)
print(r16)
if v11:
    v11[0] = str(v13)
v17 = (v13 + 2, v15 * 0, 1041724588)
v15 = v10.replace("l", "L")
print(sys.getsizeof(v10))
print(sys.getsizeof(v6))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm18 = list(range(9))
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v19 = tuple(v12)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = "中文"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v21 = v13 % 5
v22 = 0.0
sq23, *sq24 = sys.int_info
print(sq23, sq24)
v8.reverse()
v25 = (v4 // 2, v13 / 3, 3.141592653589793, v21 // 2)
v26 = float(v4)
print(sys.getsizeof(v25))
acc27 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc27.append((i, x))
else:
    acc27.append(None)
print(len(acc27), acc27[-3:])
print(sys.getsizeof(v22))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
sq28 = list(sys.int_info)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm sq', tm_c1 - tm_c0, tm_p1 - tm_p0)
del sq28
print(v10)
try:
    sq29, sq30, sq31, sq32, sq33, sq34, sq35, sq36 = sys.hash_info
    print(sq29, sq30, sq31, sq32, sq33, sq34, sq35, sq36)
except ValueError as e:
    print('ValueError', e)
v37 = -v21
v6 = {i: i * i for i in range(6)}
del v1
print(len(tm18))
if v11:
    print(v11.pop())
del acc27
v5[5] = v4 % 5
v38 = dict(k0=1852392986, k1=-v21, k2=45, k3=v13 * 0)
v39 = dict(k0=len(v3), k1=len(v38), k2=-v21, k3=57, k4=-47637)
v40 = 1e10
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm41 = {i: i * i for i in range(12)}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm41
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm42 = [i * 7 for i in range(0)]
tm42 = [tm42 for _ in range(21)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm42
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)

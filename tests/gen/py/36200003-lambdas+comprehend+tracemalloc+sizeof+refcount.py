# gen.py 36200003 --features lambdas,comprehend,tracemalloc,sizeof,refcount,core --stmts 40
import sys
import gc
def f1(p0, p1=9):
    acc = [p0, p1]
    for i in range(1):
        acc.append(i)
    return acc
v1 = [i * 5 for i in range(3)]
print(v1)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm2 = [[j] * 1 for j in range(0)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm3 = list(range(8))
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
if v1:
    v1[0] = "a"
print(sys.getsizeof(tm3))
v4 = "line\n"
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm5 = tuple(tm3)
tm5 = [tm5 for _ in range(6)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm5
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm6 = [len(v4)]
tm6 = [tm6 for _ in range(6)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm6
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
flt7 = filter(lambda x: x, tm3)
print(next(flt7, 'none'))
print(list(flt7), type(flt7).__name__)
del flt7
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm8 = [18469, -91348, 56, 759497757]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm8
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v9 = {87: 57, 91: -87072, 190: 80}
print(sys.getsizeof(tm3))
print(type(tm2).__name__)
v10 = (92, v4[2:9], 2.5e-3, 427420029, 1e10, -2.25)
print(v9.get(1), list(v9.keys())[:3])
v11 = tm2[:]
v12 = {}
v4 = "hello"
del v11
print(sys.getsizeof(tm2))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm13 = "abc123"
tm13 = [tm13 for _ in range(21)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm13
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v14 = 1534790151
v12 = {157: 48528, 148: v14 + 74, 209: 91, 193: -671, 239: 1105502838}
v15 = 2.5e-3
v1.reverse()
print(sys.getsizeof(v1))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = v4.replace("l", "L")
tm16 = [tm16 for _ in range(29)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm16
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v17 = -v14
v9["k4"] = len(v1)
v1.insert(-1, v14 * 7)
sc18 = {x % 3 for x in range(9) if x % 4}
print(sorted(sc18), len(sc18))
print(sys.getsizeof(sc18))
print(v9.get(11), list(v9.keys())[:3])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm19 = {21: -v14, 127: len(v10), 169: -v14, 144: v17 + -63130, 74: 95, 286: v14 * 3}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm19
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm2 = v1[:]
try:
    print(min(v10, key=lambda x: str(x), default=None))
except TypeError as e:
    print('TypeError', e)
leak20 = [leak20_i for leak20_i in range(5)]
try:
    print(leak20, leak20_i)
except NameError as e:
    print('NameError', e)
print([(a, b) for a in range(5) for b in range(a) if (a + b) % 2 == 0])
print([x if x % 2 else -x for x in range(5)], [[x] * x for x in range(2)])
acc21 = []
i = 0
while i < 14:
    if i % 3 == 0:
        acc21.append(i)
    i += 1
print(len(acc21), acc21[-3:])
cur22 = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(cur22(4)(3)(2), cur22(1)(2).__name__)
print((lambda *a, **k: (a, sorted(k)))(0, 's', z=1, y=2))
del cur22
v1.append(-v14)

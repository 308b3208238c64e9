# gen.py 36200002 --features lambdas,comprehend,tracemalloc,sizeof,refcount,core --stmts 40
import sys
import gc
def f1():
    acc = []
    acc = tuple(acc)
    return acc
v1 = ()
try:
    print(sorted(['a', -4, 2.5, None], key=lambda x: 1 / (x - x)))
except (TypeError, ZeroDivisionError, AttributeError, KeyError) as e:
    print(type(e).__name__, e)
v1 = (3.141592653589793, "a-b-c")
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm2 = [46, 191, 1020810953, len(v1)]
tm2 = [tm2 for _ in range(6)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm2
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(type(v1).__name__)
v3 = 150
print(sys.getsizeof(v3))
r4 = f1()
print(r4)
v5 = v3 / -8
print(type(v1).__name__)
print(type(v5).__name__)
v3 = v3 * -1
fs6 = [lambda x: x + i for i in range(3)]
print([f(37) for f in fs6])
print(sys.getsizeof(v5))
v7 = ()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm8 = [v3 // 1, -9794, v3 + 83, -v3]
tm8 = [tm8 for _ in range(17)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm8
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(v7)
v9 = {275: len(v7)}
v10 = 239
print(v9.get("k0"), list(v9.keys())[:3])
v11 = repr(v1)
cur12 = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(cur12(6)(5)(7), cur12(1)(2).__name__)
del cur12
print(sys.getsizeof(v11))
cur13 = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(cur13(2)(7)(6), cur13(1)(2).__name__)
del cur13
print(v1)
v14 = dict(k0=v10 // 3, k1=v10 + 91417, k2=-v10)
print(type(v3).__name__)
v15 = (2.5e-3, v10 / 2)
print(v9)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = [-v10]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm16
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
del v5
v17 = v11.swapcase()
r18 = f1()
print(r18)
print(v7)
v9.update({"k4": 4})
print(type(v17).__name__)
print(len(v1))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm19 = str(v10)
tm19 = [tm19 for _ in range(22)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm19
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(sys.getsizeof(v9))
del fs6

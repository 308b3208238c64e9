# gen.py 36200004 --features lambdas,comprehend,tracemalloc,sizeof,refcount,core --stmts 40
import sys
import gc
def f1(p0, p1, p2=7):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
v1 = 202
v2 = [231, v1 // 2, v1 + 92669, v1 % 10, v1 * 1]
v3 = "b"
v4 = v3.split()
del v2
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm5 = v3[0:4]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm5
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v6 = v1 / 7
try:
    print(max(v3, key=lambda x: str(x), default=None))
except TypeError as e:
    print('TypeError', e)
print(sys.getsizeof(v1))
v7 = {60: len(v3), 195: v1 % 97, 29: len(v3), 178: v1 // 2, -12: len(v4), 279: v1 + 1281601265, 282: len(v3)}
v8 = v6 * 2.5e-3
print(v8)
print(sys.getrefcount(v7))
v4.extend(range(0))
v6 = 1e10
print(v7.pop("k4", None))
v9 = 100.0
print(v4)
v7.update({11: 0})
print(sys.getsizeof(v1))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm10 = []
tm10 = [tm10 for _ in range(4)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(type(v7).__name__)
v11 = []
sc12 = {x % 5 for x in range(17) if x % 2}
print(sorted(sc12), len(sc12))
print(sys.getsizeof(sc12))
v13 = {i: i * i for i in range(1)}
v14 = {44: v1 + 25466315, 173: -v1}
print(sys.getsizeof(v1))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = [[j] * 0 for j in range(0)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = [-v1, v1 + -28549, 907310890, 178]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
try:
    print([40 // (0) for x in range(1)])
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print({k: v for k, v in v7.items() if v != 1}, [k for k in v7][:3])
v14.update({"k4": 4})
m17 = list(map(lambda x: x / 4, range(2)))
print(m17)
print(list(map(lambda a, b: a + b, m17, m17[::-1])))
v18 = v6 * 893.4
v19 = "Hello World"
print(sys.getrefcount(tm16))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = (v19 + "a", v8 * 1.5, str(v8))
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
m17 = [i * 6 for i in range(9)]
ge21 = (x * 5 for x in range(8) if x != 0)
print(next(ge21, 'done'))
print(list(ge21), list(ge21))
del ge21
v13 = {-8: v1 + 210}
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = {120: v1 * -2, 206: v1 // -4, 164: 1484139097, 259: len(tm20), 68: v1 % 10, 270: 208}
tm22 = [tm22 for _ in range(1)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)

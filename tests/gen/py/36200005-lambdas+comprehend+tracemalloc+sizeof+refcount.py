# gen.py 36200005 --features lambdas,comprehend,tracemalloc,sizeof,refcount,core --stmts 40
import sys
import gc
def f1(p0, p1):
    acc = [p0, p1]
    return acc
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm1 = "spam eggs"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v2 = -91225
cur3 = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(cur3(5)(1)(4), cur3(1)(2).__name__)
print((lambda *a, **k: (a, sorted(k)))(1, 's', z=1, y=2))
del cur3
v4 = (1e10, v2 / 3, v2 // -4, 1361630414, v2 % 5, v2 * 2)
print(v2)
r5 = f1(-79844, -v2)
print(r5)
print(type(v2).__name__)
print(sys.getsizeof(tm1))
print(type(v4).__name__)
tm1 = tm1 + "xxxxxxxxxxxxxxxxxxxxxxxxxxx"
print('-'.join(str(x) for x in v4), '-'.join([repr(x) for x in v4][::-1]))
v6 = 176.81
v4 = ()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm7 = f"<{v6}>"
tm7 = [tm7 for _ in range(18)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm7
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
recs8 = []
print(sorted(recs8, key=lambda t: len(t[1]), reverse=False))
acc9 = []
i = 0
while i < 9:
    if i % 5 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
v10 = v6 * 3.141592653589793
try:
    print([62 // ((x % 3)) for x in range(2)])
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
m11 = list(map(lambda x: (x, -x), range(9)))
print(m11)
del recs8
v12 = len(v4)
print(len(m11))
v13 = ()
try:
    print(sorted((x // 2 for x in range(4) if x > 3)))
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
v14 = {28: v2 * 7, 229: len(tm1), 131: len(acc9), 259: v12 // 2}
print(len(m11))
acc15 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
flt16 = filter(lambda x: isinstance(x, str), acc15)
print(next(flt16, 'none'))
print(list(flt16), type(flt16).__name__)
del flt16
acc9.reverse()
acc17 = []
for i in range(19):
    acc17.append([i])
print(len(acc17), acc17[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm18 = {"k0": v2 % 10, "k1": str(v6), "k2": len(v14), "k3": len(acc17), "k4": f"<{v12}>", "k5": len(acc15), "k6": "Hello World"}
tm18 = [tm18 for _ in range(33)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v19 = [[j] * 3 for j in range(5)]
try:
    print(sum((x % 3 for x in range(2) if x > 1)))
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = "  pad  "
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
try:
    print([44 // (0) for x in range(3)])
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print({k: v for k, v in v14.items() if v == 0}, [k for k in v14][:3])
print(sys.getsizeof(v10))
print(type(acc9).__name__)
v21 = -8358
print(sys.getsizeof(v12))

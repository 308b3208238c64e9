# gen.py 36200001 --features lambdas,comprehend,tracemalloc,sizeof,refcount,core --stmts 40
import sys
import gc
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
v1 = 63583
print(v1)
flt2 = filter(None, list(range(11)))
print(next(flt2, 'none'))
print(list(flt2), type(flt2).__name__)
del flt2
print(type(v1).__name__)
recs3 = [(3, 'Bob', 100.0), (2, 'cid', 3.141592653589793), (5, 'Bob', 3.141592653589793), (-3, 'eve', 493.91), (5, 'bob', 396.45), (-2, 'bob', 0.1), (8, 'ann', 850.29)]
print(sorted(recs3, key=lambda t: len(t[1]), reverse=False))
recs3.sort(key=lambda t: len(t[1]))
print([t[1] for t in recs3])
recs3 = [581904080, -v1]
v4 = "€"
print(len(recs3))
print(type(v4).__name__)
print(type(v1).__name__)
v5 = list(range(5))
grid6 = [[str(i) + str(j) for j in range(3)] for i in range(1) if i > 0]
print(grid6)
print([x for row in grid6 for x in row if x])
v7 = {133: 267761065, 208: 504460797, 162: v1 + 69, 285: v1 + 144, 34: len(v5)}
cur8 = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(cur8(6)(0)(4), cur8(1)(2).__name__)
print((lambda *a, **k: (a, sorted(k)))(8, 's', z=1, y=2))
del cur8
v7 = {272: -4468}
v9 = v1 % 2
ops10 = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
    'div': lambda a, b: a / b, 'pow': lambda a, b: a ** b}
try:
    print('add', ops10['add'](8, 3))
except (KeyError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    print('mul', ops10['mul'](6, 7))
except (KeyError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    print('div', ops10['div'](12, 1))
except (KeyError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    print('pow', ops10['pow'](20, 0))
except (KeyError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
print(sys.getsizeof(ops10['add']), ops10['add'].__name__, ops10['add'].__qualname__)
print(sys.getrefcount(ops10['sub']))
v11 = v4 * 4
v12 = recs3 + [v9 % 2]
print(len(v5))
leak13 = [leak13_i for leak13_i in range(2)]
try:
    print(leak13, leak13_i)
except NameError as e:
    print('NameError', e)
print([(a, b) for a in range(2) for b in range(a) if (a + b) % 1 == 0])
print([x if x % 2 else -x for x in range(2)], [[x] * x for x in range(4)])
v7 = {i: i * i for i in range(0)}
v5.extend(range(4))
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = v4.split()
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm14
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
r15 = f1(-v9, v9 // 3, 2131031799)
print(r15)
v7 = {76: len(v5), 279: 48347, 76: -86194, 144: -97478}
try:
    dc16 = {x: i for i, x in enumerate(v11) if x}
except TypeError as e:
    dc16 = 'TypeError: ' + str(e)
try:
    print(dc16, len(dc16))
except TypeError as e:
    print('TypeError', e)
ops17 = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
    'div': lambda a, b: a / b, 'pow': lambda a, b: a ** b}
try:
    print('sub', ops17['sub'](23, 7))
except (KeyError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    print('pow', ops17['pow'](-7, 1))
except (KeyError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    print('div', ops17['div'](14, 2))
except (KeyError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    print('pow', ops17['pow'](25, 0))
except (KeyError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
print(sys.getsizeof(ops17['add']), ops17['add'].__name__, ops17['add'].__qualname__)
print(sys.getrefcount(ops17['sub']))
cur18 = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(cur18(4)(7)(5), cur18(1)(2).__name__)
del cur18
cur19 = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(cur19(8)(9)(2), cur19(1)(2).__name__)
del cur19
print(sys.getsizeof(v12))
del leak13[:0]
v20 = -2.25
leak13.insert(2, v1 + 571412535)
v21 = (float(v9), str(v9), v11.replace("l", "L"), v20 * 3.141592653589793, 2.5e-3)
print(len(v5))
v22 = dict(k0=len(v12), k1=93440)
v23 = [v9 * 1, -82868, v9 % 2, len(recs3), v9 * 7]
acc24 = []
i = 0
while i < 2:
    if i % 2 == 0:
        acc24.append(i)
    i += 1
print(len(acc24), acc24[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm25 = f"<{v20}>"
tm25 = [tm25 for _ in range(15)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm25
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)

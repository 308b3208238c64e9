# gen.py 32200001 --features convs,introspect,tracemem,core --stmts 100
import sys
import gc
import tracemalloc
tracemalloc.start()
def f1(p0=7):
    acc = [p0]
    for i in range(5):
        acc.append(i)
    return acc
v1 = [1768239740, -95402, -37331, 1107984301, 189, 10038, 119, 1384865859, 317513412]
v2 = (len(v1), -2.25, 3.141592653589793)
nx3 = iter(v1)
print(next(nx3, 'a'), next(nx3, None), type(nx3).__name__)
print(v1)
v4 = ()
v5 = (-22181,)
print(type(v1).__name__, v1.__class__ is type(v1), isinstance(v1, (int, str)))
print(callable(v1), callable(type(v1)), hash(v1) == hash(v1) if v1.__hash__ else 'unhashable')
r6 = f1(1986509803)
print(r6)
v1.append("UPPER")
if v1:
    print(v1.pop())
v7 = dict(k0=138, k1=0, k2=136)
def yf8(n):
    got = yield from range(n)
    r = yield from (i * i for i in range(n))
    yield got, r
print(list(yf8(2)))
yi9 = yf8(3)
print(next(yi9), yi9.gi_yieldfrom is not None, next(yi9, 'end'))
print(v5)
v10 = (-2.25, -49310, 1.5, "abc123", "-".join(str(e) for e in v1))
print(ascii("中文"), len(ascii("中文")))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
asc = ascii("中文")
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm ascii', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(sys.getsizeof(asc))
print(tracemalloc.get_traced_memory())
v5 = ()
if "k2" in v7:
    del v7["k2"]
try:
    print(int('1_000', 1))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
print(type(tuple.__dict__).__name__, len(tuple.__dict__), 'keys' in vars(tuple))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc11 = {i: [x] for i, x in enumerate(v1) if i % 2}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc11), sys.getsizeof(dc11))
print(v10)
v2 = ("  pad  ", 3.141592653589793, 767.91, len(v5), len(v1))
print(type(v1).__name__)
del v7
print(v4)
print(v2)
print(len(v2))
v1.reverse()
def yf12(n):
    got = yield from range(n)
    r = yield from (i * i for i in range(n))
    yield got, r
print(list(yf12(4)))
yi13 = yf12(2)
print(next(yi13), yi13.gi_yieldfrom is not None, next(yi13, 'end'))
v14 = 3.141592653589793
v15 = "hello"
print(len(v10))
print(type(v14).__name__)
v16 = {}
print(v16)
print(type(v4).__name__, v4.__class__ is type(v4), isinstance(v4, (int, str)))
print(callable(v4), callable(type(v4)), hash(v4) == hash(v4) if v4.__hash__ else 'unhashable')
v1.append(v15.replace("l", "L"))
acc17 = []
i = 0
while i < 0:
    if i % 5 == 0:
        acc17.append(i)
    i += 1
print(len(acc17), acc17[-3:])
v16 = {}
print(type(v1).__name__)
acc17.insert(0, 1492455344)
print(v16.pop("k2", None))
print(len(v16))
acc18 = []
for i in range(21):
    acc18.append(i)
print(len(acc18), acc18[-3:])
nx19 = iter(v16)
print(next(nx19, 'a'), next(nx19, None), type(nx19).__name__)
v20 = 2101880385
v21 = f"<{v14}>"
v1.reverse()
print(type(v16).__name__)
del v16
print(v14)
v22 = [repr(v1), "Hello World", float(v20), v15[3:7]]
print(v14)
print(type(v1).__name__)
v23 = acc17 + [len(v2)]
v24 = tuple(acc18)
print(len(v15))
print(type(v20).__name__)
print(tracemalloc.get_traced_memory())
v25 = 115
v26 = [[j] * 0 for j in range(5)]
if v22:
    print(v22.pop())
print(v23)
def fi27(a, b=516249934, *, c=[]):
    x = a + b
    loc = locals()
    return sorted(loc), len(loc)
print(fi27(65), fi27.__defaults__, fi27.__kwdefaults__, fi27.__name__, fi27.__qualname__)
print(fi27.__code__.co_varnames, fi27.__code__.co_argcount, sys.getrefcount(fi27))
print(len(v2))
print(type(v14).__name__)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc28 = {repr(x) for x in v2}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc28), sys.getsizeof(dc28))
print(len(v22))
acc17 = v26 * 3
v29 = dict(k0=len(v1), k1=len(v15), k2=v20 % 2, k3=43204, k4=v20 + -72970)
print(list(filter(None, v15)), list(filter(lambda q: q != 1, v15))[:5])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fl = filter(None, v15)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm filter', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))
v30 = v25 + 154
v31 = (v25 + 26, v30 % 10, v30 // 2, v20 + -59536, v30 // -4)
print(v10)
fh32 = (v14).hex()
print(fh32, float.fromhex(fh32) == v14, sys.getsizeof(fh32))
try:
    print(float.fromhex('0x1.8p1'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
del dc11
r33 = f1(-13505)
print(r33)
print(list(filter(None, fh32)), list(filter(lambda q: q != 1, fh32))[:5])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fl = filter(None, fh32)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm filter', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))
print(type(v24).__name__)
v34 = v30 * -3
v35 = (v20 % 10,)
acc36 = []
for i in range(20):
    acc36.append((i, i))
print(len(acc36), acc36[-3:])
print(v24)
acc37 = []
i = 0
while i < 3:
    if i % 4 == 0:
        acc37.append(i)
    i += 1
print(len(acc37), acc37[-3:])
del v14
r38 = f1(v25 // -4)
print(r38)
v39 = [[j] * 3 for j in range(2)]
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc40 = {i: [x] for i, x in enumerate(v4) if i % 2}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc40), sys.getsizeof(dc40))
v41 = v25 * 5
v42 = v34 // -4
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
print(len(dir()), 'nx43' in dir(), 'sys' in globals())
print(type(v22).__name__)
v44 = f"<{v20}>"
r45 = f1(v34 % 10)
print(r45)
print(type(v30).__name__, v30.__class__ is type(v30), isinstance(v30, (int, str)))
print(callable(v30), callable(type(v30)), hash(v30) == hash(v30) if v30.__hash__ else 'unhashable')
r46 = f1(v34 % 10)
print(r46)
print(acc36)
print(tracemalloc.get_traced_memory())

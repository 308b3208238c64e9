# gen.py 32200002 --features convs,introspect,tracemem,core --stmts 100
import sys
import gc
import tracemalloc
tracemalloc.start()
def f1():
    acc = []
    acc = tuple(acc)
    return acc
print(tracemalloc.get_traced_memory())
v1 = (-2.25, "line\n", 100.0, "café", 95849)
v2 = "b"
print(ascii(v2), len(ascii(v2)))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
asc = ascii(v2)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm ascii', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(sys.getsizeof(asc))
r3 = f1()
print(r3)
try:
    eb4 = v2.encode('utf-16', errors='strict')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    eb4 = b'\xe9t\xe9'
print(eb4, sys.getsizeof(eb4))
v5 = 0.0
v6 = (199,)
print(v5)
print(v2)
v7 = (123101264,)
v2 = v2.upper()
print(len(v7))
del v7
v8 = v5 * 100.0
v9 = (45338,)
tracemalloc.stop()
tracemalloc.start()
del v5
v10 = "-".join(str(e) for e in v1)
print(type(v1).__name__, v1.__class__ is type(v1), isinstance(v1, (int, str)))
print(callable(v1), callable(type(v1)), hash(v1) == hash(v1) if v1.__hash__ else 'unhashable')
v11 = 82071
print(len(dir()), 'nx12' in dir(), 'sys' in globals())
print(v8)
v2 = v2[3:2]
tracemalloc.stop()
tracemalloc.start()
print(ascii(v2), len(ascii(v2)))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
asc = ascii(v2)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm ascii', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(sys.getsizeof(asc))
v13 = {"k0": len(v6), "k1": -v11, "k2": v11 + 65351, "k3": "a-b-c", "k4": "", "k5": v11 * 2, "k6": len(v6)}
print(type(v6).__name__)
v13.update({3: 7})
r14 = f1()
print(r14)
r15 = f1()
print(r15)
v16 = -2.25
r17 = f1()
print(r17)
print(v11)
print(type(v11).__name__)
try:
    tt18 = str.maketrans('€', 'E', 'o ')
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    tt18 = {97: 66}
print(sorted(tt18.items()), sys.getsizeof(tt18))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
tr = v2.translate(tt18)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm translate', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(tr), tr == v2, sys.getsizeof(tr))
print(tracemalloc.get_traced_memory())
print(type(v11).__name__, v11.__class__ is type(v11), isinstance(v11, (int, str)))
print(callable(v11), callable(type(v11)), hash(v11) == hash(v11) if v11.__hash__ else 'unhashable')
v16 = 0.0
tt18[0] = v10 * 2
acc19 = []
for i in range(24):
    acc19.append(i)
print(len(acc19), acc19[-3:])
print(type(v10).__name__)
v20 = v8 * 2.5e-3
print(tracemalloc.get_traced_memory())
print(tt18.get(2), list(tt18.keys())[:3])
acc19 = list(range(11))
v21 = "xxxxxx"
tt18[3] = [v11 * 3, v11 % 97]
r22 = f1()
print(r22)
print(v6)
print(v16)
print(len(v10))
print(tt18.pop(0, None))
print(list(filter(None, v2)), list(filter(lambda q: q != 1, v2))[:5])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fl = filter(None, v2)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm filter', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))
try:
    tt23 = str.maketrans({'a': 'A', 'l': None, 'o': '00', 101: 69})
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    tt23 = {97: 66}
print(sorted(tt23.items()), sys.getsizeof(tt23))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
tr = v21.translate(tt23)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm translate', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(tr), tr == v21, sys.getsizeof(tr))
print(tracemalloc.get_traced_memory())
print(type(v11).__name__)
print(tt23.pop("k4", None))
print(tracemalloc.get_traced_memory())
v24 = 60
print(type(tt18).__name__)
print(v13.pop("k2", None))
print(v20)
tt18.update({"k3": 4})
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
del tt18
del v9
print(tracemalloc.get_traced_memory())
print(tracemalloc.get_traced_memory())
del r14
try:
    print(repr(eb4.decode(errors='ignore')))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
print((2**94 - 1).bit_length(), (2**94 - 1).bit_count(), (v20).as_integer_ratio(), (1.5).is_integer())
print(type(v11).__name__)
v13[7] = -v11
r25 = f1()
print(r25)
def mk26(n):
    k = [n]
    def inner():
        k.append(n)
        return len(k)
    return inner
cl27 = mk26(56780355)
print(cl27(), len(cl27.__closure__), cl27.__closure__[0].cell_contents, cl27.__qualname__)
v28 = (len(v21), v10[1:8], 192)
acc29 = []
i = 0
while i < 0:
    if i % 4 == 0:
        acc29.append(i)
    i += 1
print(len(acc29), acc29[-3:])
del r25
acc30 = []
for i in range(9):
    acc30.append({i: i})
print(len(acc30), acc30[-3:])
tracemalloc.stop()
tracemalloc.start()
print((-v24).bit_length(), (-v24).bit_count(), (v20).as_integer_ratio(), (2.5e-3).is_integer())
def mk31(n):
    k = [n]
    def inner():
        k.append(n)
        return len(k)
    return inner
cl32 = mk31(66)
print(cl32(), len(cl32.__closure__), cl32.__closure__[0].cell_contents, cl32.__qualname__)
v8 = v11 / 7
print(type(v24).__name__)
del acc30
print((v11).bit_length(), (v11).bit_count(), (v8).as_integer_ratio(), (0.1).is_integer())
r33 = f1()
print(r33)
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
v16 = v11 / -8
print(tt23.get("k1"), list(tt23.keys())[:3])
print(type(v11).__name__)
print(len(acc29))
v34 = 83
v35 = tuple(acc19)
v36 = acc19[:]
acc19.insert(0, v24 // 3)
v37 = v20 * 100.0
nx38 = iter(v2)
print(next(nx38, 'a'), next(nx38, None), type(nx38).__name__)
if acc19:
    print(acc19.pop())
print(tracemalloc.get_traced_memory())

# gen.py 32200003 --features convs,introspect,tracemem,core --stmts 100
import sys
import gc
import tracemalloc
tracemalloc.start()
def f1(p0):
    acc = [p0]
    return acc
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
v1 = [128966768, 179, 954922759, 591979511]
v1 = [-90633, -44927, 164, 1553705822]
print(type(v1).__name__)
print(type(v1).__name__)
print(type(v1).__name__)
v2 = "spam eggs"
v3 = dict(k0=666933388, k1=-13973, k2=70, k3=-44769)
print(type(v3).__name__)
acc4 = []
for i in range(25):
    acc4.append({i: i})
print(len(acc4), acc4[-3:])
tracemalloc.stop()
tracemalloc.start()
acc4.extend(range(1))
print(b'abc'.hex(), bytes.fromhex(b'abc'.hex()) == b'abc', len(b'abc'.hex()))
try:
    print(bytes.fromhex('0g'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(str(b'abc', 'utf-8', 'replace'))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
print(bin(58661), oct(58661), hex(58661))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
bo = bin(58661) + oct(58661)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm bin oct', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(bo), sys.getsizeof(bo))
print(v1)
acc4.append("abc123")
v1 = acc4 + [160]
v5 = {185: 8}
def fi6(a, b=45400, *, c=None):
    x = a + b
    loc = locals()
    return sorted(loc), len(loc)
print(fi6(1981472606), fi6.__defaults__, fi6.__kwdefaults__, fi6.__name__, fi6.__qualname__)
print(fi6.__code__.co_varnames, fi6.__code__.co_argcount, sys.getrefcount(fi6))
if v1:
    v1[0] = v2.replace("l", "L")
v7 = {63: 500164876, 22: 54, 258: len(v5), 190: 232, 97: len(v5)}
print(tracemalloc.get_traced_memory())
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
v5["k2"] = 220
try:
    print(int('١٢', 2))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
v8 = 110
nx9 = iter(v7)
print(next(nx9, 'a'), next(nx9, None), type(nx9).__name__)
v10 = dict(k0=v8 // 7, k1=52, k2=v8 + 55810)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
try:
    fv = float('٤٢')
except ValueError as e:
    fv = e
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm float', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(fv))
print(type(v10).__name__)
del nx9
if 10 in v7:
    del v7[10]
print(v10)
if "k4" in v10:
    del v10["k4"]
v1 = [i * 9 for i in range(5)]
v11 = str(v8)
if "k1" in v7:
    del v7["k1"]
r12 = f1(len(acc4))
print(r12)
print(tracemalloc.get_traced_memory())
print(list(filter(None, v1)), list(filter(lambda q: q != 1, v1))[:5])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fl = filter(None, v1)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm filter', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))
v8 = v8 % 10
if v1:
    v1[0] = "-".join(str(e) for e in v1)
print(type(v3).__name__)
print(list(filter(None, v1)), list(filter(lambda q: q != 1, v1))[:5])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fl = filter(None, v1)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm filter', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))
fh13 = (100.0).hex()
print(fh13, float.fromhex(fh13) == 100.0, sys.getsizeof(fh13))
try:
    print(float.fromhex('1'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(b'abcabc'.translate(bytes.maketrans(b'abc', b'xyz'), delete=b'lo'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
print(type(int.__dict__).__name__, len(int.__dict__), 'count' in vars(int))
if "k2" in v7:
    del v7["k2"]
v11 = "-".join(str(e) for e in v1)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc14 = {str(x) for x in v2 if x}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc14), sys.getsizeof(dc14))
v15 = (v8 // 1,)
v16 = v2 * 0
v17 = tuple(v1)
try:
    print(repr(b'abc'.decode('utf-8')))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
try:
    fv = float('1e٣')
except ValueError as e:
    fv = e
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm float', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(fv))
r18 = f1(v8 // 2)
print(r18)
v19 = 0.0
v20 = list(range(2))
acc4 = v1[:]
v21 = []
print(type(v16).__name__)
v22 = {31: -v8, 95: 1584159502}
print(v19)
v1.insert(2, -v8)
print(type(v11).__name__)
v23 = f"<{v8}>"
v24 = v11[1:8]
r25 = f1(v8 // 1)
print(r25)
print(type(v2).__name__)
print(v19)
v26 = 54
print(tracemalloc.get_traced_memory())
print(len(v20))
if v20:
    v20[0] = repr(v1)
del r18
acc27 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc27.append((i, x))
else:
    acc27.append(None)
print(len(acc27), acc27[-3:])
v10.update({"k0": 6})
v28 = {152: v8 % 97}
print(type(v8).__name__)
v29 = v26 + -2676
r30 = f1(v8 * 3)
print(r30)
acc27.reverse()
print(v24)
acc31 = []
for i in range(9):
    acc31.append(i * 1000)
print(len(acc31), acc31[-3:])
print(type(v29).__name__)
print(v24)
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
print(len(v11))
r32 = f1(len(acc4))
print(r32)
v33 = f"<{v29}>"
v29 = -v26
v19 = 100.0
v19 = 1e10
acc34 = []
for i in range(11):
    acc34.append((i, i))
print(len(acc34), acc34[-3:])
print(type(v23).__name__)
v35 = "ü"
fh36 = (v19).hex()
print(fh36, float.fromhex(fh36) == v19, sys.getsizeof(fh36))
try:
    print(float.fromhex('1'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
v37 = v29 % 2
v7 = {"k0": 84, "k1": v8 % 2, "k2": v24.replace("l", "L"), "k3": "spam eggs", "k4": v24.replace("l", "L"), "k5": ""}
v38 = 720.14
print(tracemalloc.get_traced_memory())

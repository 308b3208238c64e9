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
    fv = float('é')
except ValueError as e:
    fv = e
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm float', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(fv))
v11 = f"<{v8}>"
print(tracemalloc.get_traced_memory())
print(ascii(v2), len(ascii(v2)))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
asc = ascii(v2)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm ascii', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(sys.getsizeof(asc))
v12 = "hello"
tracemalloc.stop()
tracemalloc.start()
v8 = -v8
del v7
try:
    print(int('é', 37))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
print(type(v3).__name__)
print(type(v12).__name__)
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
print(bin(2**105), oct(2**105), hex(2**105))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
bo = bin(2**105) + oct(2**105)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm bin oct', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(bo), sys.getsizeof(bo))
try:
    print(int.__mul__(45, 33745332), (45).__mul__(33745332), int.__mul__)
except (TypeError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    print((45).__mul__(True))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
print(tracemalloc.get_traced_memory())
print(v3.pop(2, None))
v13 = float(v8)
def yf14(n):
    got = yield from range(n)
    r = yield from (i * i for i in range(n))
    yield got, r
print(list(yf14(4)))
yi15 = yf14(1)
print(next(yi15), yi15.gi_yieldfrom is not None, next(yi15, 'end'))
print(tracemalloc.get_traced_memory())
v8 = v8 * -1
v3["k0"] = v8 % 5
print(tracemalloc.get_traced_memory())
v16 = {241: v8 % 2, 298: v8 * 7, 86: 221, 87: v8 // 2, 20: v8 + -33720}
v17 = {"k0": v8 // 1, "k1": v8 + 44, "k2": 230, "k3": str(v13), "k4": -v8}
print(v17)
v18 = (1584159502, "-".join(str(e) for e in acc4), -22588, f"<{v13}>")
print(type(v17).__name__, v17.__class__ is type(v17), isinstance(v17, (int, str)))
print(callable(v17), callable(type(v17)), hash(v17) == hash(v17) if v17.__hash__ else 'unhashable')
v19 = v2[1:8]
r20 = f1(v8 // 1)
print(r20)
print(type(v1).__name__)
print(v10)
v21 = 54
print(tracemalloc.get_traced_memory())
print(len(v11))
print(v16.get("k4"), list(v16.keys())[:3])
v22 = 3997
if acc4:
    acc4[0] = v2[3:2]
v23 = (v22 % 97,)
print(type(v10).__name__)
v21 = 194131390
r24 = f1(v21 * 6)
print(r24)
def fi25(a, b=-51525, *, c=[]):
    x = a + b
    loc = locals()
    return sorted(loc), len(loc)
print(fi25(-16929), fi25.__defaults__, fi25.__kwdefaults__, fi25.__name__, fi25.__qualname__)
print(fi25.__code__.co_varnames, fi25.__code__.co_argcount, sys.getrefcount(fi25))
del v11
try:
    print(b''.translate(bytes.maketrans(b'', b''), delete=b'lo'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
r26 = f1(len(v2))
print(r26)
v27 = f"<{v22}>"
v22 = -v21
v13 = 100.0
v13 = 1e10
acc28 = []
for i in range(11):
    acc28.append((i, i))
print(len(acc28), acc28[-3:])
print(type(acc28).__name__)
v29 = repr(v22)
if "k1" in v3:
    del v3["k1"]
v3 = {i: i * i for i in range(9)}
print(v22)
try:
    print(int('١z', 2))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
v30 = v8 * 2
r31 = f1(-v22)
print(r31)
print(type(acc4).__name__)
v32 = [v8 % 97, v21 + 7, v8 + 165, v8 % 2, v8 * 3, 51, -v21]
v33 = float(v8)
if v1:
    print(v1.pop())
v34 = "a-b-c"
print(len(dir()), 'nx35' in dir(), 'sys' in globals())
v27 = "hello"
v2 = v29 + "xxxxxxxxxxxxx"
print(v13)
r36 = f1(184)
print(r36)
print(tracemalloc.get_traced_memory())

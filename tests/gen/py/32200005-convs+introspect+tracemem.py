# gen.py 32200005 --features convs,introspect,tracemem,core --stmts 100
import sys
import gc
import tracemalloc
tracemalloc.start()
def f1(p0, p1=7):
    acc = [p0, p1]
    for i in range(4):
        acc.append(i)
    return acc
print((2**126 - 1).bit_length(), (2**126 - 1).bit_count(), (0.1).as_integer_ratio(), (0.1).is_integer())
print(type(None).__name__, None.__class__ is type(None), isinstance(None, (int, str)))
print(callable(None), callable(type(None)), hash(None) == hash(None) if None.__hash__ else 'unhashable')
r1 = f1(221, 124)
print(r1)
r2 = f1(214, 81183)
print(r2)
v3 = dict(k0=1397090411, k1=784575019, k2=69188, k3=-62474)
v4 = ("b", 0.1, "b")
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
try:
    fv = float('-InFiNiTy')
except ValueError as e:
    fv = e
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm float', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(fv))
print(v4)
v5 = [958400067, 33, 1045757926, len(v3), -35253]
print(tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fb6 = int.from_bytes(b'\x00', 'big')
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm from_bytes', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(fb6, sys.getsizeof(fb6))
r7 = f1(fb6 * -3, fb6 * -2)
print(r7)
v8 = 3.141592653589793
print(type(v5).__name__)
try:
    tb9 = (fb6).to_bytes(1, 'little')
    print(tb9, len(tb9), sys.getsizeof(tb9))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
    tb9 = b'\x01\x02'
v3.update({"k1": 6})
v3 = {}
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fb10 = int.from_bytes(tb9, byteorder='big')
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm from_bytes', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(fb10, sys.getsizeof(fb10))
v3 = {173: fb6 // -4, 27: fb10 + -83526, 291: 188885584, 258: -fb10, 226: 202, 106: fb10 % 10}
v5.extend(range(7))
v11 = ()
v12 = float(fb6)
print(len(v3))
print(fb10)
v13 = ()
v14 = "-".join(str(e) for e in v13)
del r7
acc15 = []
i = 0
while i < 17:
    if i % 4 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
fb6 = len(acc15)
print(ascii(v14), len(ascii(v14)))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
asc = ascii(v14)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm ascii', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(sys.getsizeof(asc))
v16 = 2.5e-3
v17 = {"k0": 216, "k1": -fb6, "k2": fb10 % 97, "k3": v14.replace("l", "L"), "k4": repr(v5), "k5": fb10 % 2}
print(type(v14).__name__)
print(ascii(v14), len(ascii(v14)))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
asc = ascii(v14)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm ascii', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(sys.getsizeof(asc))
acc15 = [i * 9 for i in range(3)]
v3[10] = str(v12)
try:
    print(issubclass(Exception, ()))
except (TypeError) as e:
    print(type(e).__name__, e)
v3 = {"k0": len(v4), "k1": fb10 * 0, "k2": "spam eggs", "k3": v14[2:7]}
print(tracemalloc.get_traced_memory())
acc18 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
print(tracemalloc.get_traced_memory())
del v17
r19 = f1(24097, fb10 + 79)
print(r19)
v20 = v14[2:7]
del v16
print(type(v13).__name__)
v21 = dict(k0=-fb6, k1=187, k2=-4063, k3=fb6 % 2, k4=len(v20))
v22 = {188: 89269, 244: fb6 // 7}
r23 = f1(fb10 // 7, -fb6)
print(r23)
acc24 = []
for i in range(24):
    acc24.append((i, i))
print(len(acc24), acc24[-3:])
v25 = float(fb6)
print(fb10)
print(type(v13).__name__)
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
v26 = [fb6 % 2, fb10 // 1, f"<{v25}>"]
if v5:
    v5[0] = "ü"
print(v3.pop(8, None))
if acc18:
    acc18[0] = repr(v3)
print(tb9.hex(), bytes.fromhex(tb9.hex()) == tb9, len(tb9.hex()))
try:
    print(bytes.fromhex(' 0a 0b '))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(str(tb9, 'ascii'))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
print(bin(fb10), oct(fb10), hex(fb10))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
bo = bin(fb10) + oct(fb10)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm bin oct', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(bo), sys.getsizeof(bo))
print(tracemalloc.get_traced_memory())
v27 = -44195
print(type(v11).__name__)
print(len(dir()), 'nx28' in dir(), 'sys' in globals())
print(tracemalloc.get_traced_memory())
print(tracemalloc.get_traced_memory())
def fi29(a, b=1989375946, *, c=None):
    x = a + b
    loc = locals()
    return sorted(loc), len(loc)
print(fi29(fb10 * 6), fi29.__defaults__, fi29.__kwdefaults__, fi29.__name__, fi29.__qualname__)
print(fi29.__code__.co_varnames, fi29.__code__.co_argcount, sys.getrefcount(fi29))
if v26:
    print(v26.pop())
acc18.append(len(acc15))
print(len(acc15))
print(acc24)
print(v11)
print(len(dir()), 'nx30' in dir(), 'sys' in globals())
print(type(fb6).__name__)
v31 = repr(fb6)
del v11
v32 = {-4: 53861, 170: fb10 + 99781, -6: fb10 % 5, 290: 1698771584, 85: fb10 // 3, 247: 176621814, 141: 203}
print(fb6)
acc15.reverse()
def yf33(n):
    got = yield from range(n)
    r = yield from (i * i for i in range(n))
    yield got, r
print(list(yf33(5)))
yi34 = yf33(4)
print(next(yi34), yi34.gi_yieldfrom is not None, next(yi34, 'end'))
print(v4)
print(v21.pop("k2", None))
v35 = v25 * 1.5
del v4
acc36 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc36.append((i, x))
else:
    acc36.append(None)
print(len(acc36), acc36[-3:])
acc37 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc37.append((i, x))
else:
    acc37.append(None)
print(len(acc37), acc37[-3:])
print(len(v26))
print(v12)
acc38 = []
i = 0
while i < 4:
    if i % 3 == 0:
        acc38.append(i)
    i += 1
print(len(acc38), acc38[-3:])
v39 = [1804494642, fb10 + 46, v27 + 1773999230, fb6 % 5, fb10 + 94]
print(ascii(v31), len(ascii(v31)))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
asc = ascii(v31)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm ascii', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(sys.getsizeof(asc))
acc40 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc40.append((i, x))
else:
    acc40.append(None)
print(len(acc40), acc40[-3:])
v5.extend(range(3))
print(type(v8).__name__)
acc41 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc41.append((i, x))
else:
    acc41.append(None)
print(len(acc41), acc41[-3:])
print(tracemalloc.get_traced_memory())
v32.update({"k2": 8})
v39.append(str(v8))
print(tracemalloc.get_traced_memory())

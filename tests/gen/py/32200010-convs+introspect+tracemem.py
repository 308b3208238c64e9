# gen.py 32200010 --features convs,introspect,tracemem,core --stmts 100
import sys
import gc
import tracemalloc
tracemalloc.start()
def f1(p0, p1):
    acc = [p0, p1]
    return acc
print(type(bool.__dict__).__name__, len(bool.__dict__), 'keys' in vars(bool))
v1 = [2064836390, 30953, 81306, -33636, -87214, 380564371, 15019, 1063837484]
print(type(v1).__name__)
if v1:
    print(v1.pop())
v2 = 324.33
v3 = "b"
print(tracemalloc.get_traced_memory())
fh4 = (v2).hex()
print(fh4, float.fromhex(fh4) == v2, sys.getsizeof(fh4))
try:
    print(float.fromhex('1'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
del fh4
v5 = (len(v3), 100.0, 3.141592653589793)
r6 = f1(len(v1), 176)
print(r6)
v1 = [[j] * 1 for j in range(2)]
acc7 = []
for i in range(4):
    acc7.append(str(i))
print(len(acc7), acc7[-3:])
del acc7
v8 = str(v2)
print(type(v5).__name__)
v1.append("a")
v5 = tuple(v1)
print(v5)
v2 = 117.9
try:
    tt9 = str.maketrans('ab', 'x', 'o ')
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    tt9 = {97: 66}
print(sorted(tt9.items()), sys.getsizeof(tt9))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
tr = v8.translate(tt9)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm translate', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(tr), tr == v8, sys.getsizeof(tr))
print(ascii(v3), len(ascii(v3)))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
asc = ascii(v3)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm ascii', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(sys.getsizeof(asc))
if 9 in tt9:
    del tt9[9]
print(len(v5))
v10 = v2 * 1.5
r11 = f1(1455213354, 1641536751)
print(r11)
print(bin(-20199), oct(-20199), hex(-20199))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
bo = bin(-20199) + oct(-20199)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm bin oct', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(bo), sys.getsizeof(bo))
if v1:
    v1[0] = v3.upper()
nx12 = iter(v8)
print(next(nx12, 'a'), next(nx12, None), type(nx12).__name__)
v1.extend(range(2))
v13 = 98978
print(tt9)
acc14 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
print(v3)
v1.extend(range(3))
acc14.extend(range(5))
print(tracemalloc.get_traced_memory())
print(type(v13).__name__)
print(type(v2).__name__)
r15 = f1(v13 // 2, 2071521585)
print(r15)
print(list(filter(None, v3)), list(filter(lambda q: q != 1, v3))[:5])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fl = filter(None, v3)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm filter', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))
print(type(v5).__name__)
print(tt9)
print(tracemalloc.get_traced_memory())
print(len(dir()), 'nx16' in dir(), 'sys' in globals())
v17 = 100.0
if acc14:
    print(acc14.pop())
v18 = dict(k0=1950210573, k1=155, k2=112)
print(type(v8).__name__, v8.__class__ is type(v8), isinstance(v8, (int, str)))
print(callable(v8), callable(type(v8)), hash(v8) == hash(v8) if v8.__hash__ else 'unhashable')
print(len(v1))
print(type(v2).__name__)
v19 = ("中文", str(v17), v13 / 2)
if 3 in v18:
    del v18[3]
print(type(tt9).__name__)
acc14.append(len(v3))
del v3
print(tt9.pop(3, None))
print(bin(2**162), oct(2**162), hex(2**162))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
bo = bin(2**162) + oct(2**162)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm bin oct', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(bo), sys.getsizeof(bo))
print(ascii(v8), len(ascii(v8)))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
asc = ascii(v8)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm ascii', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(sys.getsizeof(asc))
print(tt9.get("k6"), list(tt9.keys())[:3])
print(len(v8))
print(len(v18))
print(v19)
v20 = v13 + 11451
v21 = v8.capitalize()
try:
    print(repr(b'\xe9t\xe9'.decode('latin-1', 'replace')))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
print(tracemalloc.get_traced_memory())
print(type(v5).__name__)
v22 = v17 * 3.141592653589793
print(tt9)
v23 = 2.5e-3
print(v18.get("k2"), list(v18.keys())[:3])
print(v18.get(12), list(v18.keys())[:3])
r24 = f1(v13 + 335180678, v13 * 3)
print(r24)
print(type(v13).__name__)
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
v25 = v8 + "café"
print(b''.hex(), bytes.fromhex(b''.hex()) == b'', len(b''.hex()))
try:
    print(bytes.fromhex('00ff'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(str(b'', 'ascii'))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
del v22
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc26 = [(a, b) for a in v25 for b in range(2)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc26), sys.getsizeof(dc26))
acc27 = []
i = 0
while i < 4:
    if i % 2 == 0:
        acc27.append(i)
    i += 1
print(len(acc27), acc27[-3:])
v28 = 1.5
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc29 = [(a, b) for a in v21 for b in range(2)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc29), sys.getsizeof(dc29))
if acc27:
    acc27[0] = v25 * 1
print(tracemalloc.get_traced_memory())
v2 = float(v20)
print(v1)
print((-v20).bit_length(), (-v20).bit_count(), (v23).as_integer_ratio(), (100.0).is_integer())
print(v20)
print(tt9.pop(1, None))
v30 = float(v20)
print(type(v20).__name__, v20.__class__ is type(v20), isinstance(v20, (int, str)))
print(callable(v20), callable(type(v20)), hash(v20) == hash(v20) if v20.__hash__ else 'unhashable')
acc14.insert(0, len(acc27))
print(len(tt9))
acc31 = []
i = 0
while i < 11:
    if i % 2 == 0:
        acc31.append(i)
    i += 1
print(len(acc31), acc31[-3:])
tt9.update({5: 5})
print(len(acc14))
del acc14[:3]
print(type(v28).__name__)
print(tracemalloc.get_traced_memory())

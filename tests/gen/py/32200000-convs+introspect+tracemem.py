# gen.py 32200000 --features convs,introspect,tracemem,core --stmts 100
import sys
import gc
import tracemalloc
tracemalloc.start()
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = (197,)
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
v1 = ()
v2 = 3.141592653589793
print(len(v1))
del v2
v3 = -2.25
v4 = "-".join(str(e) for e in v1)
print(tracemalloc.get_traced_memory())
print(b''.hex(), bytes.fromhex(b''.hex()) == b'', len(b''.hex()))
try:
    print(bytes.fromhex('e9 é'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(str(b'', 'utf-8'))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
v3 = 100.0
v5 = 100.0
v6 = (len(v1),)
r7 = f1()
print(r7)
v8 = "€"
v9 = (v4 * 2, v8.swapcase(), 3.141592653589793, v8 * 2, v4.strip())
print(v3)
print(list(filter(None, v9)), list(filter(lambda q: q != 1, v9))[:5])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fl = filter(None, v9)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm filter', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))
acc10 = []
i = 0
while i < 12:
    if i % 2 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
if acc10:
    acc10[0] = v4.replace("l", "L")
print(len(v1))
acc10.insert(0, len(v8))
print(len(v4))
del v8
print(acc10)
v4 = v4 * 0
fh11 = (v5).hex()
print(fh11, float.fromhex(fh11) == v5, sys.getsizeof(fh11))
try:
    print(float.fromhex('nan'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
print(fh11)
v12 = str(v3)
del fh11
print(v3)
try:
    print(b'\x00\xff'.translate(b'short'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
print(type(v4).__name__)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
try:
    fv = float('1.5')
except ValueError as e:
    fv = e
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm float', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(fv))
acc10.append(104)
acc13 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
if acc10:
    acc10[0] = "b"
acc10 = [[j] * 3 for j in range(4)]
print(len(v9))
try:
    print(issubclass(str, object))
except (TypeError) as e:
    print(type(e).__name__, e)
acc10.extend(range(9))
v6 = ("xxxxxxxxxx", str(v3), 104, 0.0, 1254805151, 1767724645)
print(len(v6))
v5 = v3 * 2.5e-3
v14 = {84: len(v4), 41: -30204, 162: len(v9), -15: 53, 278: len(v1), 61: 1244909570, 25: 63}
print(len(v1))
print(type(acc13).__name__)
print(v9)
v14["k6"] = 1184645260
print(tracemalloc.get_traced_memory())
r15 = f1()
print(r15)
print(v5)
print(v4)
try:
    tb16 = (50444).to_bytes(8, 'big')
    print(tb16, len(tb16), sys.getsizeof(tb16))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
    tb16 = b'\x01\x02'
print(type(float.__dict__).__name__, len(float.__dict__), '__add__' in vars(float))
v17 = tuple(acc10)
print(len(v1))
print((-60663).bit_length(), (-60663).bit_count(), (v3).as_integer_ratio(), (-2.25).is_integer())
print(type(int.__dict__).__name__, len(int.__dict__), '__len__' in vars(int))
print(v14)
print(tracemalloc.get_traced_memory())
del acc13[:1]
try:
    print(int('1_000', 8))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
print(ascii(v12), len(ascii(v12)))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
asc = ascii(v12)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm ascii', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(sys.getsizeof(asc))
v18 = ()
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc19 = {i: [x] for i, x in enumerate(v1) if i % 2}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc19), sys.getsizeof(dc19))
print(tb16.hex(), bytes.fromhex(tb16.hex()) == tb16, len(tb16.hex()))
try:
    print(bytes.fromhex('00ff'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(str(tb16, 'latin-1'))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
try:
    fv = float('in')
except ValueError as e:
    fv = e
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm float', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(fv))
acc10 = acc10 + [146]
v20 = (1.5, v12.swapcase(), v3 * 178.16, v12 + "café", 2.5e-3, "-".join(str(e) for e in v18))
print(len(v14))
v21 = {"k0": 84}
r22 = f1()
print(r22)
tracemalloc.stop()
tracemalloc.start()
v23 = len(v17)
v24 = v23 * 5
print(bin(2**115), oct(2**115), hex(2**115))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
bo = bin(2**115) + oct(2**115)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm bin oct', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(bo), sys.getsizeof(bo))
print(type(v21).__name__)
v4 = "spam eggs"
v25 = float(v23)
print(v5)
print(len(v4))
r26 = f1()
print(r26)
acc27 = []
i = 0
while i < 18:
    if i % 2 == 0:
        acc27.append(i)
    i += 1
print(len(acc27), acc27[-3:])
del acc13
print(tracemalloc.get_traced_memory())
v28 = dict(k0=117)
print(tracemalloc.get_traced_memory())
v29 = {261: 173, 19: 112050070, 169: -v23, 10: v23 + 100749910, 20: v24 % 10, 69: 1507122260}
acc30 = []
for i in range(6):
    acc30.append([i])
print(len(acc30), acc30[-3:])
def fi31(a, b=-34278, *, c='k'):
    x = a + b
    loc = locals()
    return sorted(loc), len(loc)
print(fi31(171), fi31.__defaults__, fi31.__kwdefaults__, fi31.__name__, fi31.__qualname__)
print(fi31.__code__.co_varnames, fi31.__code__.co_argcount, sys.getrefcount(fi31))
print(type(set.__dict__).__name__, len(set.__dict__), '__doc__' in vars(set))
try:
    eb32 = v4.encode('latin-1', 'backslashreplace')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    eb32 = b'\xe9t\xe9'
print(eb32, sys.getsizeof(eb32))
v33 = [[j] * 3 for j in range(0)]
r34 = f1()
print(r34)
print(tracemalloc.get_traced_memory())
v24 = v23 * 4
v35 = [v23 // -4, -v23, v23 // -4]
v28 = {"k0": -63444}
print(type(v1).__name__)
print(tracemalloc.get_traced_memory())

# gen.py 32200004 --features convs,introspect,tracemem,core --stmts 100
import sys
import gc
import tracemalloc
tracemalloc.start()
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
r1 = f1(63784, 2118878470)
print(r1)
del r1
v2 = ("tab\t", 64)
v3 = {}
print(v3.get("k6"), list(v3.keys())[:3])
acc4 = []
for i in range(4):
    acc4.append(i * 1000)
print(len(acc4), acc4[-3:])
print(b''.hex(), bytes.fromhex(b''.hex()) == b'', len(b''.hex()))
try:
    print(bytes.fromhex('abc'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(str(b'', 'latin-1'))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
acc5 = []
for i in range(14):
    acc5.append(i)
print(len(acc5), acc5[-3:])
r6 = f1(110, 80937)
print(r6)
v7 = 1326330440
print(type(acc4).__name__)
acc5.extend(range(6))
print(acc5)
print((2**60 - 1).bit_length(), (2**60 - 1).bit_count(), (485.86).as_integer_ratio(), (671.13).is_integer())
if 2 in v3:
    del v3[2]
print(type(acc4).__name__)
tracemalloc.stop()
tracemalloc.start()
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc8 = [(a, b) for a in v2 for b in range(2)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc8), sys.getsizeof(dc8))
tracemalloc.stop()
tracemalloc.start()
tracemalloc.stop()
tracemalloc.start()
if acc4:
    acc4[0] = "  pad  "
def mk9(n):
    k = [n]
    def inner():
        k.append(n)
        return len(k)
    return inner
cl10 = mk9(188)
print(cl10(), len(cl10.__closure__), cl10.__closure__[0].cell_contents, cl10.__qualname__)
v11 = 1.5
def mk12(n):
    k = [n]
    def inner():
        k.append(n)
        return len(k)
    return inner
cl13 = mk12(-v7)
print(cl13(), len(cl13.__closure__), cl13.__closure__[0].cell_contents, cl13.__qualname__)
v14 = dict(k0=v7 // 3, k1=v7 // 3)
print(len(dir()), 'nx15' in dir(), 'sys' in globals())
v11 = v7 / 7
acc16 = []
i = 0
while i < 25:
    if i % 4 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
print(tracemalloc.get_traced_memory())
acc17 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc17.append((i, x))
else:
    acc17.append(None)
print(len(acc17), acc17[-3:])
print(tracemalloc.get_traced_memory())
acc18 = []
i = 0
while i < 18:
    if i % 3 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
if acc17:
    print(acc17.pop())
v19 = {"k0": 227, "k1": "café", "k2": 1398739140, "k3": "UPPER", "k4": "ü"}
v20 = v7 / -8
tracemalloc.stop()
tracemalloc.start()
v21 = "a"
try:
    print(issubclass(KeyError, LookupError))
except (TypeError) as e:
    print(type(e).__name__, e)
print(len(v19))
acc4.insert(1, 109)
print(v21)
print(acc5)
def yf22(n):
    got = yield from range(n)
    r = yield from (i * i for i in range(n))
    yield got, r
print(list(yf22(6)))
yi23 = yf22(2)
print(next(yi23), yi23.gi_yieldfrom is not None, next(yi23, 'end'))
v24 = tuple(acc5)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fb25 = int.from_bytes(b'\xff\xfe', 'little', signed=True)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm from_bytes', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(fb25, sys.getsizeof(fb25))
print(v19)
del v21
v26 = [[j] * 3 for j in range(5)]
r27 = f1(v7 // -4, -31144)
print(r27)
try:
    print(int('0b101', 2))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
v28 = {i: i * i for i in range(3)}
print(len(v19))
try:
    tt29 = str.maketrans({'ab': 1})
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    tt29 = {97: 66}
print(sorted(tt29.items()), sys.getsizeof(tt29))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
tr = "café".translate(tt29)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm translate', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(tr), tr == "café", sys.getsizeof(tr))
print(tracemalloc.get_traced_memory())
acc30 = []
i = 0
while i < 21:
    if i % 2 == 0:
        acc30.append(i)
    i += 1
print(len(acc30), acc30[-3:])
v31 = ()
acc16.insert(2, v7 + 1881472228)
print(type(acc30).__name__)
print(bin(-v7), oct(-v7), hex(-v7))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
bo = bin(-v7) + oct(-v7)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm bin oct', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(bo), sys.getsizeof(bo))
try:
    print(issubclass(type, (int, str)))
except (TypeError) as e:
    print(type(e).__name__, e)
print(type(v7).__name__)
r32 = f1(fb25 % 2, fb25 // 1)
print(r32)
r33 = f1(len(acc18), 221)
print(r33)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc34 = [(a, b) for a in v31 for b in range(2)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc34), sys.getsizeof(dc34))
tracemalloc.stop()
tracemalloc.start()
acc35 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc35.append((i, x))
else:
    acc35.append(None)
print(len(acc35), acc35[-3:])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc36 = {str(x) for x in v2 if x}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc36), sys.getsizeof(dc36))
print(tracemalloc.get_traced_memory())
print((-v7).bit_length(), (-v7).bit_count(), (v11).as_integer_ratio(), (0.1).is_integer())
acc16.append("Hello World")
v37 = {-2: fb25 % 10, 184: v7 % 5, 178: fb25 * 4}
try:
    print(int('1_é', 36))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
print(acc35)
del acc35[:3]
print(type(v14).__name__)
acc5.append(len(acc17))
acc30 = [114, fb25 * 7, fb25 // -4, fb25 + -16987, 687031084, v7 * -3, fb25 * 2, fb25 * 2, len(acc17)]
print(type(acc16).__name__)
v14["k1"] = -fb25
try:
    print(issubclass(Exception, ()))
except (TypeError) as e:
    print(type(e).__name__, e)
print(type(v11).__name__)
print(v24)
v38 = -fb25
r39 = f1(fb25 // 3, -v7)
print(r39)
v40 = "a"
print(v11)
r41 = f1(v38 * 6, v38 % 10)
print(r41)
acc17 = ["", 62590, fb25 / 2, v38 % 97, 73166]
print(v28.get("k4"), list(v28.keys())[:3])
try:
    print(repr(b'\xe9t\xe9'.decode('ascii')))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
print(tracemalloc.get_traced_memory())
r42 = f1(325574982, v7 % 97)
print(r42)
print(len(acc35))
print(tracemalloc.get_traced_memory())
print(len(v19))
v43 = ()
del acc16
print(tracemalloc.get_traced_memory())

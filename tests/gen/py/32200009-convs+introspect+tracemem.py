# gen.py 32200009 --features convs,introspect,tracemem,core --stmts 100
import sys
import gc
import tracemalloc
tracemalloc.start()
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = (152,)
v2 = len(v1)
tracemalloc.stop()
tracemalloc.start()
v3 = dict(k0=43, k1=v2 * -3, k2=v2 + 74951, k3=-42872, k4=-v2)
print(type(v1).__name__)
def yf4(n):
    got = yield from range(n)
    r = yield from (i * i for i in range(n))
    yield got, r
print(list(yf4(6)))
yi5 = yf4(3)
print(next(yi5), yi5.gi_yieldfrom is not None, next(yi5, 'end'))
print(type(v3).__name__)
print(tracemalloc.get_traced_memory())
v3["k1"] = v2 + 52902
v3 = {"k0": "café"}
v6 = float(v2)
v2 = v2 % 97
v7 = 0.1
v8 = (v2 + 112, len(v3), float(v2))
print((2**121 - 1).bit_length(), (2**121 - 1).bit_count(), (v7).as_integer_ratio(), (0.0).is_integer())
def yf9(n):
    got = yield from range(n)
    r = yield from (i * i for i in range(n))
    yield got, r
print(list(yf9(4)))
yi10 = yf9(3)
print(next(yi10), yi10.gi_yieldfrom is not None, next(yi10, 'end'))
print(type(v3).__name__)
print(v3.get(6), list(v3.keys())[:3])
print(type(v8).__name__)
try:
    tt11 = str.maketrans('€')
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    tt11 = {97: 66}
print(sorted(tt11.items()), sys.getsizeof(tt11))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
tr = "".translate(tt11)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm translate', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(tr), tr == "", sys.getsizeof(tr))
print(tracemalloc.get_traced_memory())
print(type(v2).__name__)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fb12 = int.from_bytes(bytes(9), byteorder='big')
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm from_bytes', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(fb12, sys.getsizeof(fb12))
print(tracemalloc.get_traced_memory())
acc13 = []
for i in range(5):
    acc13.append(i)
print(len(acc13), acc13[-3:])
print(type(v2).__name__)
v14 = float(v2)
print(type(v3).__name__)
print(type(v2).__name__)
del v6
tracemalloc.stop()
tracemalloc.start()
acc15 = []
i = 0
while i < 20:
    if i % 2 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
if "k2" in tt11:
    del tt11["k2"]
v3.update({"k5": 4})
print(type(acc15).__name__)
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
print(bin(2**90), oct(2**90), hex(2**90))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
bo = bin(2**90) + oct(2**90)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm bin oct', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(bo), sys.getsizeof(bo))
acc15.reverse()
v16 = "a-b-c"
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc17 = {str(x) for x in v1 if x}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc17), sys.getsizeof(dc17))
fh18 = (v7).hex()
print(fh18, float.fromhex(fh18) == v7, sys.getsizeof(fh18))
try:
    print(float.fromhex('0x.8'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
v19 = 130
tracemalloc.stop()
tracemalloc.start()
print(tt11.get("k6"), list(tt11.keys())[:3])
v20 = v19 * 7
acc21 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc21.append((i, x))
else:
    acc21.append(None)
print(len(acc21), acc21[-3:])
print(list(filter(None, acc15)), list(filter(lambda q: q != 1, acc15))[:5])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fl = filter(None, acc15)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm filter', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))
del acc21[:3]
print(type(str.__dict__).__name__, len(str.__dict__), '__add__' in vars(str))
r22 = f1(249)
print(r22)
print(type(fb12).__name__)
print(len(acc21))
print(len(tt11))
v23 = -2.25
print(v19)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fb24 = int.from_bytes(b'\xff\xfe', 'big', signed=True)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm from_bytes', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(fb24, sys.getsizeof(fb24))
print(type(v3).__name__)
print(v3.pop("k6", None))
print(v8)
print(type(v16).__name__, v16.__class__ is type(v16), isinstance(v16, (int, str)))
print(callable(v16), callable(type(v16)), hash(v16) == hash(v16) if v16.__hash__ else 'unhashable')
print(fb12)
print(type(dict.__dict__).__name__, len(dict.__dict__), 'append' in vars(dict))
v25 = list(range(6))
print(tracemalloc.get_traced_memory())
v26 = acc15[:]
acc27 = []
i = 0
while i < 10:
    if i % 4 == 0:
        acc27.append(i)
    i += 1
print(len(acc27), acc27[-3:])
v28 = [i * 1 for i in range(7)]
r29 = f1(57271)
print(r29)
v30 = v28[:]
tracemalloc.stop()
tracemalloc.start()
print(v3.get("k6"), list(v3.keys())[:3])
if "k6" in tt11:
    del tt11["k6"]
try:
    print(repr(b'\xe9t\xe9'.decode(errors='replace')))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
del v30
acc27 = acc27[:]
r31 = f1(v20 + -57144)
print(r31)
acc32 = []
i = 0
while i < 23:
    if i % 2 == 0:
        acc32.append(i)
    i += 1
print(len(acc32), acc32[-3:])
print(tracemalloc.get_traced_memory())
v8 = ()
print(type(v2).__name__)
del fh18
tt11["k3"] = fb12 // 7
print(tracemalloc.get_traced_memory())
if "k5" in tt11:
    del tt11["k5"]
try:
    print(int('1_é', 1))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
r33 = f1(fb24 * 3)
print(r33)
tracemalloc.stop()
tracemalloc.start()
try:
    print(repr(b'\xe9t\xe9'.decode(errors='ignore')))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
r34 = f1(len(v26))
print(r34)
print(len(dir()), 'nx35' in dir(), 'sys' in globals())
fh36 = (v7).hex()
print(fh36, float.fromhex(fh36) == v7, sys.getsizeof(fh36))
try:
    print(float.fromhex('nan'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
def fi37(a, b=1717731914, *, c=None):
    x = a + b
    loc = locals()
    return sorted(loc), len(loc)
print(fi37(len(v1)), fi37.__defaults__, fi37.__kwdefaults__, fi37.__name__, fi37.__qualname__)
print(fi37.__code__.co_varnames, fi37.__code__.co_argcount, sys.getrefcount(fi37))
v26.extend(range(6))
print(v20)
r38 = f1(fb24 * 2)
print(r38)
v39 = {"k0": 167, "k1": v19 % 2, "k2": v2 + 1724296161, "k3": str(v23), "k4": v20 % 5}
v40 = {"k0": 26199, "k1": fb12 // 7, "k2": v16 * 1, "k3": -58107, "k4": "b"}
print(v3.get(8), list(v3.keys())[:3])
print(acc27)
acc41 = []
i = 0
while i < 7:
    if i % 4 == 0:
        acc41.append(i)
    i += 1
print(len(acc41), acc41[-3:])
print(tracemalloc.get_traced_memory())

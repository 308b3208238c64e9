# gen.py 32200011 --features convs,introspect,tracemem,core --stmts 100
import sys
import gc
import tracemalloc
tracemalloc.start()
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(0):
        acc.append(i)
    return acc
v1 = ("hello", 794.33)
print(len(v1))
print(type(set.__dict__).__name__, len(set.__dict__), '__len__' in vars(set))
v2 = {}
v3 = [[j] * 3 for j in range(0)]
del v3
print(v2.get(6), list(v2.keys())[:3])
v4 = {}
v5 = [[j] * 0 for j in range(0)]
v6 = 0.0
def mk7(n):
    k = [n]
    def inner():
        k.append(n)
        return len(k)
    return inner
cl8 = mk7(1744877058)
print(cl8(), len(cl8.__closure__), cl8.__closure__[0].cell_contents, cl8.__qualname__)
print(type(v1).__name__, v1.__class__ is type(v1), isinstance(v1, (int, str)))
print(callable(v1), callable(type(v1)), hash(v1) == hash(v1) if v1.__hash__ else 'unhashable')
v4 = {i: i * i for i in range(11)}
v9 = list(range(12))
v10 = "xxxxxxxxxxxxxx"
v10 = v10[3:5]
v11 = {204: 83834, 284: 166588384, 165: 37245153, 149: len(v10), 291: 15876, 46: -77579}
print(tracemalloc.get_traced_memory())
print(bin(-10265), oct(-10265), hex(-10265))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
bo = bin(-10265) + oct(-10265)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm bin oct', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(bo), sys.getsizeof(bo))
v9.append(147)
v11[7] = v9 + [51]
print(list(filter(None, v9)), list(filter(lambda q: q != 1, v9))[:5])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fl = filter(None, v9)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm filter', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))
v1 = (len(v9),)
print(type(v9).__name__)
v5.append(v10 + "  pad  ")
print(len(v2))
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
r12 = f1(37, 1509857581, 169)
print(r12)
del v5
v2[7] = len(v9)
print(len(v2))
print(type(v9).__name__)
print(tracemalloc.get_traced_memory())
del v4
v13 = 100.0
print((67656).bit_length(), (67656).bit_count(), (v6).as_integer_ratio(), (137.73).is_integer())
v9.reverse()
def fi14(a, b=213, *, c='k'):
    x = a + b
    loc = locals()
    return sorted(loc), len(loc)
print(fi14(12812), fi14.__defaults__, fi14.__kwdefaults__, fi14.__name__, fi14.__qualname__)
print(fi14.__code__.co_varnames, fi14.__code__.co_argcount, sys.getrefcount(fi14))
print(type(v11).__name__)
print(type(v2).__name__, v2.__class__ is type(v2), isinstance(v2, (int, str)))
print(callable(v2), callable(type(v2)), hash(v2) == hash(v2) if v2.__hash__ else 'unhashable')
v15 = v13 * 1.5
fh16 = (v6).hex()
print(fh16, float.fromhex(fh16) == v6, sys.getsizeof(fh16))
try:
    print(float.fromhex('0x1p99999'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
v17 = [6, 1243297855, 1475349448, 46206, 149, 196, -4, 13349]
v18 = fh16.split()
print(len(v1))
r19 = f1(222, len(v11), 59250)
print(r19)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc20 = {i: [x] for i, x in enumerate(fh16) if i % 2}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc20), sys.getsizeof(dc20))
print(tracemalloc.get_traced_memory())
try:
    print(repr(b'\xe9t\xe9'.decode('utf-8', 'backslashreplace')))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
if v18:
    print(v18.pop())
v21 = 993809264
fh16 = v10.replace("l", "L")
r22 = f1(v21 + 171, v21 + 46, 404844629)
print(r22)
print(v6)
print(type(v15).__name__, v15.__class__ is type(v15), isinstance(v15, (int, str)))
print(callable(v15), callable(type(v15)), hash(v15) == hash(v15) if v15.__hash__ else 'unhashable')
print(type(v15).__name__)
v10 = str(v6)
nx23 = iter(v2)
print(next(nx23, 'a'), next(nx23, None), type(nx23).__name__)
v24 = 345.21
print(type(tuple.__dict__).__name__, len(tuple.__dict__), '__add__' in vars(tuple))
def fi25(a, b=90638, *, c='k'):
    x = a + b
    loc = locals()
    return sorted(loc), len(loc)
print(fi25(-v21), fi25.__defaults__, fi25.__kwdefaults__, fi25.__name__, fi25.__qualname__)
print(fi25.__code__.co_varnames, fi25.__code__.co_argcount, sys.getrefcount(fi25))
print(v11.get("k0"), list(v11.keys())[:3])
del v24
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
v26 = [i * 9 for i in range(2)]
print(list(filter(None, v26)), list(filter(lambda q: q != 1, v26))[:5])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fl = filter(None, v26)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm filter', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))
print(tracemalloc.get_traced_memory())
del r22
acc27 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc27.append((i, x))
else:
    acc27.append(None)
print(len(acc27), acc27[-3:])
print(v21)
try:
    tb28 = (256).to_bytes(16, 'middle')
    print(tb28, len(tb28), sys.getsizeof(tb28))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
    tb28 = b'\x01\x02'
print(tracemalloc.get_traced_memory())
print(list(filter(None, v1)), list(filter(lambda q: q != 1, v1))[:5])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fl = filter(None, v1)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm filter', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))
fh16 = v10 + "  pad  "
acc29 = []
for i in range(8):
    acc29.append([i])
print(len(acc29), acc29[-3:])
print((v21).bit_length(), (v21).bit_count(), (v6).as_integer_ratio(), (100.0).is_integer())
print(bin(0), oct(0), hex(0))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
bo = bin(0) + oct(0)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm bin oct', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(bo), sys.getsizeof(bo))
r30 = f1(v21 + 41, 158, v21 + 223708859)
print(r30)
print(v13)
print(len(fh16))
acc31 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc31.append((i, x))
else:
    acc31.append(None)
print(len(acc31), acc31[-3:])
try:
    tt32 = ''.maketrans('abc', 'xyz')
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    tt32 = {97: 66}
print(sorted(tt32.items()), sys.getsizeof(tt32))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
tr = fh16.translate(tt32)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm translate', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(tr), tr == fh16, sys.getsizeof(tr))
if acc31:
    acc31[0] = f"<{v15}>"
print(type(v21).__name__)
print(type(acc31).__name__)
del v2
print(type(fh16).__name__)
acc27.append(v10.lower())
print(bin(2**163), oct(2**163), hex(2**163))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
bo = bin(2**163) + oct(2**163)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm bin oct', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(bo), sys.getsizeof(bo))
v33 = [float(v21), "tab\t", len(acc31)]
acc34 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc34.append((i, x))
else:
    acc34.append(None)
print(len(acc34), acc34[-3:])
v35 = "tab\t"
v13 = v13 * 1e10
v35 = repr(acc34)
print(len(tt32))
acc29.insert(-1, 172)
acc34.insert(1, 19853)
del v15
v21 = v21 % 2
print(tracemalloc.get_traced_memory())

# gen.py 32200007 --features convs,introspect,tracemem,core --stmts 100
import sys
import gc
import tracemalloc
tracemalloc.start()
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = {"k0": "café"}
v2 = dict(k0=126, k1=71, k2=1240049830, k3=113, k4=524254845)
print(list(filter(None, [0, 1, '', 2, None])), list(filter(lambda q: q != 1, [0, 1, '', 2, None]))[:5])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fl = filter(None, [0, 1, '', 2, None])
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm filter', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))
print(type(v1).__name__)
v3 = 606.29
print(v1.pop(8, None))
print(v2)
print(type(v3).__name__)
print(tracemalloc.get_traced_memory())
v4 = len(v2)
nx5 = iter(v2)
print(next(nx5, 'a'), next(nx5, None), type(nx5).__name__)
print(tracemalloc.get_traced_memory())
print(type(v3).__name__)
print(len(v2))
v6 = "Hello World"
print(v2.get(7), list(v2.keys())[:3])
acc7 = []
i = 0
while i < 1:
    if i % 5 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
fh8 = (v3).hex()
print(fh8, float.fromhex(fh8) == v3, sys.getsizeof(fh8))
try:
    print(float.fromhex('0x1.8p1'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
print(len(fh8))
del acc7
print(v3)
del v6
v9 = [[j] * 3 for j in range(4)]
print(v2.pop("k2", None))
r10 = f1()
print(r10)
fh8 = str(v4)
try:
    print(int.__sub__(114, -v4), (114).__sub__(-v4), int.__sub__)
except (TypeError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    print((114).__sub__(None))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    tb11 = (255).to_bytes(3, byteorder='little', signed=False)
    print(tb11, len(tb11), sys.getsizeof(tb11))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
    tb11 = b'\x01\x02'
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc12 = {i: [x] for i, x in enumerate(fh8) if i % 2}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc12), sys.getsizeof(dc12))
print(v1.pop(4, None))
fh13 = (v3).hex()
print(fh13, float.fromhex(fh13) == v3, sys.getsizeof(fh13))
try:
    print(float.fromhex('0x1.8p1'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
acc14 = []
for i in range(8):
    acc14.append([i])
print(len(acc14), acc14[-3:])
print(fh8)
if acc14:
    print(acc14.pop())
v15 = ()
print(type(v4).__name__)
print((-v4).bit_length(), (-v4).bit_count(), (v3).as_integer_ratio(), (3.141592653589793).is_integer())
v9 = [i * 3 for i in range(1)]
print(v9)
print(acc14)
print(v2.pop("k4", None))
v1.update({3: 5})
print(type(v2).__name__, v2.__class__ is type(v2), isinstance(v2, (int, str)))
print(callable(v2), callable(type(v2)), hash(v2) == hash(v2) if v2.__hash__ else 'unhashable')
v16 = (17732, str(v4), 1.5)
v9.extend(range(3))
print(fh13)
print(type(v15).__name__)
r17 = f1()
print(r17)
try:
    eb18 = fh13.encode('latin-1', errors='strict')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    eb18 = b'\xe9t\xe9'
print(eb18, sys.getsizeof(eb18))
print(len(v16))
acc19 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
acc19 = [-13729, -v4]
del v16
print(v1.pop("k2", None))
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
v20 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
print(v1.get("k5"), list(v1.keys())[:3])
try:
    tb21 = (29196).to_bytes(1, byteorder='big', signed=True)
    print(tb21, len(tb21), sys.getsizeof(tb21))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
    tb21 = b'\x01\x02'
print(type(v3).__name__)
print(ascii(v20), len(ascii(v20)))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
asc = ascii(v20)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm ascii', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(sys.getsizeof(asc))
print(len(fh8))
try:
    print(tb21.translate(bytes.maketrans(b'', b'')))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
v22 = 2.5e-3
acc23 = []
i = 0
while i < 21:
    if i % 2 == 0:
        acc23.append(i)
    i += 1
print(len(acc23), acc23[-3:])
print(v1.get("k5"), list(v1.keys())[:3])
print(len(acc19))
print(type(v22).__name__, v22.__class__ is type(v22), isinstance(v22, (int, str)))
print(callable(v22), callable(type(v22)), hash(v22) == hash(v22) if v22.__hash__ else 'unhashable')
acc23.append(v4 // 1)
v2 = {}
v24 = str(v4)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
try:
    fv = float('é')
except ValueError as e:
    fv = e
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm float', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(fv))
v25 = dict(k0=-v4, k1=1344632371)
print(tracemalloc.get_traced_memory())
v26 = fh8[1:3]
r27 = f1()
print(r27)
try:
    tt28 = ''.maketrans('abc', 'xyz')
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    tt28 = {97: 66}
print(sorted(tt28.items()), sys.getsizeof(tt28))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
tr = v20.translate(tt28)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm translate', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(tr), tr == v20, sys.getsizeof(tr))
r29 = f1()
print(r29)
try:
    print(issubclass(ValueError, LookupError))
except (TypeError) as e:
    print(type(e).__name__, e)
fh30 = (v22).hex()
print(fh30, float.fromhex(fh30) == v22, sys.getsizeof(fh30))
try:
    print(float.fromhex('0X1.FFFFFFFFFFFFFP+1023'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
acc23.insert(2, 183)
def mk31(n):
    k = [n]
    def inner():
        k.append(n)
        return len(k)
    return inner
cl32 = mk31(v4 + -82903)
print(cl32(), len(cl32.__closure__), cl32.__closure__[0].cell_contents, cl32.__qualname__)
print(type(fh8).__name__)
print(v26)
v2 = {-8: -v4, 272: 1489890739, 203: v4 % 97, 165: v4 % 2, 92: v4 + 604624095, 117: v4 * 2}
del acc19[:1]
del v9[:2]
print(type(fh13).__name__)
print(v20)
try:
    print(repr(eb18.decode(errors='replace')))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
print(len(v26))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fb33 = int.from_bytes(eb18, 'little', signed=True)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm from_bytes', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(fb33, sys.getsizeof(fb33))
print(type(v4).__name__)
r34 = f1()
print(r34)
print(fb33)
def fi35(a, b=1867985447, *, c='k'):
    x = a + b
    loc = locals()
    return sorted(loc), len(loc)
print(fi35(fb33 + 1531309949), fi35.__defaults__, fi35.__kwdefaults__, fi35.__name__, fi35.__qualname__)
print(fi35.__code__.co_varnames, fi35.__code__.co_argcount, sys.getrefcount(fi35))
print(v3)
v36 = v9 * 1
v37 = v20 * 0
tracemalloc.stop()
tracemalloc.start()
v15 = ()
print(tracemalloc.get_traced_memory())

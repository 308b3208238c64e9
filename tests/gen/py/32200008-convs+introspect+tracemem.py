# gen.py 32200008 --features convs,introspect,tracemem,core --stmts 100
import sys
import gc
import tracemalloc
tracemalloc.start()
def f1(p0, p1=1):
    acc = [p0, p1]
    return acc
try:
    print(issubclass(Exception, 5))
except (TypeError) as e:
    print(type(e).__name__, e)
acc1 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc1.append((i, x))
else:
    acc1.append(None)
print(len(acc1), acc1[-3:])
v2 = 709.20
v3 = str(v2)
del acc1[:3]
acc1.insert(-2, len(acc1))
del acc1[:3]
print(tracemalloc.get_traced_memory())
print(tracemalloc.get_traced_memory())
v4 = (v3[3:8], v3.title(), f"<{v2}>", "hello", "spam eggs", 523386091)
print(len(v4))
tracemalloc.stop()
tracemalloc.start()
print(tracemalloc.get_traced_memory())
if acc1:
    print(acc1.pop())
print(len(acc1))
acc1.reverse()
try:
    tt5 = ''.maketrans('€', 'E')
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    tt5 = {97: 66}
print(sorted(tt5.items()), sys.getsizeof(tt5))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
tr = v3.translate(tt5)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm translate', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(tr), tr == v3, sys.getsizeof(tr))
try:
    print(b'hello'.translate(None))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
print(type(v2).__name__)
v6 = 250
print(type(tt5).__name__)
acc1.reverse()
print(tracemalloc.get_traced_memory())
v7 = v6 / -8
print(b''.hex(), bytes.fromhex(b''.hex()) == b'', len(b''.hex()))
try:
    print(bytes.fromhex('e9 é'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(str(b'', 'ascii'))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
tracemalloc.stop()
tracemalloc.start()
if acc1:
    print(acc1.pop())
nx8 = iter(v4)
print(next(nx8, 'a'), next(nx8, None), type(nx8).__name__)
print(type(tt5).__name__)
if acc1:
    print(acc1.pop())
print(type(v3).__name__)
v9 = v6 / 7
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc10 = {repr(x): i for i, x in enumerate(v4)}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc10), sys.getsizeof(dc10))
def fi11(a, b=172809256, *, c=None):
    x = a + b
    loc = locals()
    return sorted(loc), len(loc)
print(fi11(v6 * 5), fi11.__defaults__, fi11.__kwdefaults__, fi11.__name__, fi11.__qualname__)
print(fi11.__code__.co_varnames, fi11.__code__.co_argcount, sys.getrefcount(fi11))
print(len(v4))
print(type(v7).__name__)
v12 = dict()
v13 = "-".join(str(e) for e in v4)
print(type(v13).__name__)
v14 = v13 * 1
print(bytes(5).hex(), bytes.fromhex(bytes(5).hex()) == bytes(5), len(bytes(5).hex()))
try:
    print(bytes.fromhex('00ff'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(str(bytes(5), 'utf-8'))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
print(list(filter(None, v14)), list(filter(lambda q: q != 1, v14))[:5])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fl = filter(None, v14)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm filter', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))
del v12
del acc1[:0]
v15 = {262: 1926350358, 103: len(acc1), 41: v6 * 1, 254: v6 + 175, 235: v6 * 6, 11: -v6, 256: 2009353800}
print(bin(-v6), oct(-v6), hex(-v6))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
bo = bin(-v6) + oct(-v6)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm bin oct', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(bo), sys.getsizeof(bo))
print(type(v14).__name__, v14.__class__ is type(v14), isinstance(v14, (int, str)))
print(callable(v14), callable(type(v14)), hash(v14) == hash(v14) if v14.__hash__ else 'unhashable')
print(type(v6).__name__, v6.__class__ is type(v6), isinstance(v6, (int, str)))
print(callable(v6), callable(type(v6)), hash(v6) == hash(v6) if v6.__hash__ else 'unhashable')
if 11 in v15:
    del v15[11]
print(type(v7).__name__)
print(tracemalloc.get_traced_memory())
if acc1:
    acc1[0] = v13 + ""
r16 = f1(-v6, len(v3))
print(r16)
if "k6" in tt5:
    del tt5["k6"]
print(v6)
print(v15.get("k1"), list(v15.keys())[:3])
try:
    print(int.__add__(108, v6 * -2), (108).__add__(v6 * -2), int.__add__)
except (TypeError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    print((108).__add__(1.5))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
print(v13)
acc17 = []
for i in range(10):
    acc17.append(str(i))
print(len(acc17), acc17[-3:])
print((v6).bit_length(), (v6).bit_count(), (v9).as_integer_ratio(), (2.5e-3).is_integer())
v18 = "-".join(str(e) for e in acc1)
print(type(v3).__name__)
tracemalloc.stop()
tracemalloc.start()
print(v14)
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
v4 = tuple(acc17)
v19 = (v14 + "tab\t", 200, repr(v4), "xxxxxxxxxxx", v6 + 1713368355, 1439869883)
nx20 = iter(v19)
print(next(nx20, 'a'), next(nx20, None), type(nx20).__name__)
print(tracemalloc.get_traced_memory())
nx21 = iter(acc17)
print(next(nx21, 'a'), next(nx21, None), type(nx21).__name__)
v6 = v6 % 2
try:
    tt22 = str.maketrans({'ab': 1})
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    tt22 = {97: 66}
print(sorted(tt22.items()), sys.getsizeof(tt22))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
tr = v18.translate(tt22)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm translate', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(tr), tr == v18, sys.getsizeof(tr))
print(tracemalloc.get_traced_memory())
print(type(v7).__name__)
v23 = 20
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
try:
    fv = float('1__0')
except ValueError as e:
    fv = e
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm float', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(fv))
v24 = ()
v15.update({"k5": 6})
def mk25(n):
    k = [n]
    def inner():
        k.append(n)
        return len(k)
    return inner
cl26 = mk25(33)
print(cl26(), len(cl26.__closure__), cl26.__closure__[0].cell_contents, cl26.__qualname__)
print(tracemalloc.get_traced_memory())
print(type(v9).__name__)
print(len(acc1))
acc1 = [v23 // 2]
print(tracemalloc.get_traced_memory())
print(v18)
acc17.reverse()
print(v9)
acc17.reverse()
del v18
acc17.reverse()
acc27 = []
i = 0
while i < 23:
    if i % 2 == 0:
        acc27.append(i)
    i += 1
print(len(acc27), acc27[-3:])
print(tracemalloc.get_traced_memory())
tracemalloc.stop()
tracemalloc.start()
print(v13)
v28 = list(range(6))
r29 = f1(161, 1631618064)
print(r29)
print(ascii(v13), len(ascii(v13)))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
asc = ascii(v13)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm ascii', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(sys.getsizeof(asc))
v30 = (55.92, v13.replace("l", "L"))
try:
    tb31 = (256).to_bytes(8, 'big', signed=True)
    print(tb31, len(tb31), sys.getsizeof(tb31))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
    tb31 = b'\x01\x02'
tracemalloc.stop()
tracemalloc.start()
print(tracemalloc.get_traced_memory())

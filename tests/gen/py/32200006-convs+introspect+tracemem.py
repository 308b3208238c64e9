# gen.py 32200006 --features convs,introspect,tracemem,core --stmts 100
import sys
import gc
import tracemalloc
tracemalloc.start()
def f1(p0):
    acc = [p0]
    return acc
v1 = 375.73
acc2 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc2.append((i, x))
else:
    acc2.append(None)
print(len(acc2), acc2[-3:])
v3 = 192.82
v4 = 1657779827
acc2.insert(1, v4 % 2)
r5 = f1(v4 % 10)
print(r5)
v6 = 1.5
print(type(v6).__name__)
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
print(type(acc2).__name__)
print(v1)
acc2 = acc2 * 1
print(type(v6).__name__)
print(bytes(5).hex(), bytes.fromhex(bytes(5).hex()) == bytes(5), len(bytes(5).hex()))
try:
    print(bytes.fromhex('0g'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(str(bytes(5), 'ascii'))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
print(v4)
print(acc2)
acc2.reverse()
v7 = {i: i * i for i in range(11)}
del v6
print(type(acc2).__name__)
acc8 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
try:
    eb9 = "café".encode('UTF8', 'replace')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    eb9 = b'\xe9t\xe9'
print(eb9, sys.getsizeof(eb9))
try:
    tb10 = (255).to_bytes(2, 'big', signed=False)
    print(tb10, len(tb10), sys.getsizeof(tb10))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
    tb10 = b'\x01\x02'
print(type(v4).__name__)
acc2.extend(range(5))
r11 = f1(v4 * 2)
print(r11)
acc2.insert(0, v4 * 4)
print(type(v3).__name__)
print(v7.get("k6"), list(v7.keys())[:3])
tracemalloc.stop()
tracemalloc.start()
print(tb10.hex(), bytes.fromhex(tb10.hex()) == tb10, len(tb10.hex()))
try:
    print(bytes.fromhex('00ff'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(str(tb10, 'utf-8', 'replace'))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
print(type(acc8).__name__)
v7.update({"k5": 9})
del acc2[:3]
print(type(v1).__name__)
v12 = "hello"
del v3
print(len(acc8))
r13 = f1(v4 % 10)
print(r13)
print(len(v7))
print(v7)
if acc8:
    print(acc8.pop())
fh14 = (v1).hex()
print(fh14, float.fromhex(fh14) == v1, sys.getsizeof(fh14))
try:
    print(float.fromhex('0x.8'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
v1 = 3.141592653589793
print(len(fh14))
def fi15(a, b=127671002, *, c=[]):
    x = a + b
    loc = locals()
    return sorted(loc), len(loc)
print(fi15(v4 + 1660527964), fi15.__defaults__, fi15.__kwdefaults__, fi15.__name__, fi15.__qualname__)
print(fi15.__code__.co_varnames, fi15.__code__.co_argcount, sys.getrefcount(fi15))
def yf16(n):
    got = yield from range(n)
    r = yield from (i * i for i in range(n))
    yield got, r
print(list(yf16(2)))
yi17 = yf16(2)
print(next(yi17), yi17.gi_yieldfrom is not None, next(yi17, 'end'))
if acc2:
    acc2[0] = v12[2:9]
del acc2[:3]
v18 = float(v4)
print(type(acc8).__name__)
if acc2:
    print(acc2.pop())
if 10 in v7:
    del v7[10]
v19 = (v4 * 4, v4 / 2, fh14 * 3)
if "k2" in v7:
    del v7["k2"]
del yi17
try:
    print(issubclass(str, (int, str)))
except (TypeError) as e:
    print(type(e).__name__, e)
del acc8[:1]
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
nx20 = iter(acc8)
print(next(nx20, 'a'), next(nx20, None), type(nx20).__name__)
print(len(v19))
v19 = (v18 * 3.141592653589793, v4 // 7, str(v4), v4 + 53851)
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
print(tracemalloc.get_traced_memory())
print(type(v1).__name__)
v21 = tuple(acc8)
del r5
nx22 = iter(fh14)
print(next(nx22, 'a'), next(nx22, None), type(nx22).__name__)
print(tracemalloc.get_traced_memory())
print(type(v18).__name__)
print(list(filter(None, v12)), list(filter(lambda q: q != 1, v12))[:5])
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
fl = filter(None, v12)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm filter', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))
v19 = (v18 * 100.0, float(v4), v1 * 0.1, repr(v19))
v4 = v4 + 14
print(tracemalloc.get_traced_memory())
print(acc2)
print(v7)
v23 = "abc123"
acc8 = [v4 // 2, 1549725645, len(v7), v4 * 7, 62]
v7["k5"] = v12[2:3]
print(v1)
print(type(v12).__name__)
del v19
print(type(bytes.__dict__).__name__, len(bytes.__dict__), '__add__' in vars(bytes))
v21 = (v4 + -82475, v4 / 7, "snake_case", v4 * -3)
v24 = {i: i * i for i in range(5)}
print(type(acc2).__name__)
v24.update({"k5": 9})
v7 = {192: v4 + 186, 207: 32, 40: v4 * -2, 151: -v4}
print(v18)
v18 = 2.5e-3
v7[10] = [100.0, "€"]
r25 = f1(v4 // 1)
print(r25)
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
if 10 in v7:
    del v7[10]
try:
    eb26 = v12.encode('latin-1', 'ignore')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    eb26 = b'\xe9t\xe9'
print(eb26, sys.getsizeof(eb26))
v27 = 1963438974
del acc8
print(tracemalloc.get_traced_memory())
print(tracemalloc.get_traced_memory())
try:
    print(repr(eb9.decode('ascii', 'backslashreplace')))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
print(tracemalloc.get_traced_memory())

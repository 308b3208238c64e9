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
v13 = {}
acc10 = acc10[:]
try:
    eb14 = v4.encode('utf-32', 'xmlcharrefreplace')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    eb14 = b'\xe9t\xe9'
print(eb14, sys.getsizeof(eb14))
try:
    print(eb14.translate(bytes.maketrans(b'abc', b'xyz')))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
del v6
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc15 = {str(x) for x in v12 if x}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc15), sys.getsizeof(dc15))
r16 = f1()
print(r16)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
try:
    fv = float('0x10')
except ValueError as e:
    fv = e
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm float', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(fv))
print(v13.pop(11, None))
v17 = 0.1
try:
    print(int.__floordiv__(1852477838, 759805760), (1852477838).__floordiv__(759805760), int.__floordiv__)
except (TypeError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    print((1852477838).__floordiv__('x'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
print(v12)
print(v17)
v18 = tuple(acc10)
tracemalloc.stop()
tracemalloc.start()
acc10.append(1254805151)
acc10 = acc10 * 2
print(v3)
r19 = f1()
print(r19)
print(v9)
def fi20(a, b=149, *, c=None):
    x = a + b
    loc = locals()
    return sorted(loc), len(loc)
print(fi20(1394851192), fi20.__defaults__, fi20.__kwdefaults__, fi20.__name__, fi20.__qualname__)
print(fi20.__code__.co_varnames, fi20.__code__.co_argcount, sys.getrefcount(fi20))
print(type(v9).__name__)
try:
    tb21 = (0).to_bytes(1, 'middle', signed=True)
    print(tb21, len(tb21), sys.getsizeof(tb21))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
    tb21 = b'\x01\x02'
v5 = 3.141592653589793
print(len(v1))
print(type(v17).__name__)
print(acc10)
del acc10[:2]
print(len(dir()), 'nx22' in dir(), 'sys' in globals())
v23 = (1.5, str(v17), v12 + "", v17 * -2.25, 1.5, 1.5)
print(len(v1))
print((-60663).bit_length(), (-60663).bit_count(), (v3).as_integer_ratio(), (-2.25).is_integer())
print(type(int.__dict__).__name__, len(int.__dict__), '__len__' in vars(int))
print(v18)
print(tracemalloc.get_traced_memory())
print(v13.pop(12, None))
print(type(float.__dict__).__name__, len(float.__dict__), 'append' in vars(float))
v24 = 0.1
try:
    print(repr(tb21.decode('ascii')))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
if 12 in v13:
    del v13[12]
v25 = (1e10, 355757403, 146, 51)
try:
    print(int('0x1f', 36))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
print(tracemalloc.get_traced_memory())
print(len(v23))
print(v3)
v26 = (100.0, "")
nx27 = iter(v1)
print(next(nx27, 'a'), next(nx27, None), type(nx27).__name__)
r28 = f1()
print(r28)
v29 = 0.1
print(len(dir()), 'nx30' in dir(), 'sys' in globals())
v31 = len(v25)
v32 = v31 * 5
print(bin(2**115), oct(2**115), hex(2**115))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
bo = bin(2**115) + oct(2**115)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm bin oct', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(bo), sys.getsizeof(bo))
print(type(v26).__name__)
v4 = "café"
print(v5)
v4 = "b"
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
dc33 = [(a, b) for a in v12 for b in range(2)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm comp', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(dc33), sys.getsizeof(dc33))
print(ascii(v4), len(ascii(v4)))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
asc = ascii(v4)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm ascii', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(sys.getsizeof(asc))
print(v32)
v29 = v32 / 3
print(tb21.hex(), bytes.fromhex(tb21.hex()) == tb21, len(tb21.hex()))
try:
    print(bytes.fromhex('e9 é'))
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(str(tb21, 'utf-8'))
except (UnicodeDecodeError, LookupError) as e:
    print(type(e).__name__, e)
print(bin(0), oct(0), hex(0))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
bo = bin(0) + oct(0)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm bin oct', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(len(bo), sys.getsizeof(bo))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
try:
    fv = float('nan')
except ValueError as e:
    fv = e
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm float', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(fv))
v34 = 3.141592653589793
print(type(v5).__name__)
print(tracemalloc.get_traced_memory())

# gen.py 35050006 --features memview,bytes,tracemalloc,sizeof,refcount,gc,core --stmts 60
import sys
import gc
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
r1 = f1(-2842, -4276)
print(r1)
v2 = 3.141592653589793
acc3 = []
i = 0
while i < 6:
    if i % 2 == 0:
        acc3.append(i)
    i += 1
print(len(acc3), acc3[-3:])
acc4 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
if acc4:
    print(acc4.pop())
v5 = 3.141592653589793
print(v2)
v6 = dict()
acc3 = [i * 4 for i in range(11)]
mb7 = bytearray(bytes(range(8)))
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
m8 = memoryview(mb7)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)
try:
    print(hash(m8.toreadonly()) == hash(bytes(m8)))
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(type(v5).__name__)
v9 = {"k0": 1801818773, "k1": 136, "k2": f"<{v2}>", "k3": "€", "k4": f"<{v5}>"}
print(gc.is_tracked(v2))
print(type(v2).__name__)
v10 = 46
acc3.extend(range(2))
v11 = len(v9)
v12 = b""
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm13 = {"k0": v10 % 5, "k1": v11 % 10}
tm13 = [tm13 for _ in range(38)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v14 = {246: -v10, 56: v10 * 7, 80: v10 + 938458784, 32: v11 + 195, 158: 23580}
tm13 = tm13[:]
acc15 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
print(tm13)
print(v14.get("k6"), list(v14.keys())[:3])
tm13.append("Hello World")
v16 = ("abc123", "line\n", "  pad  ", "", -v11, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
ms17 = m8[1:-4]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
del ms17
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0, tm_c2 - tm_c1)
del acc3[:2]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm18 = (1e10, 2.5e-3, "Hello World", 463.87, "xxxxxxxxxxxxxxxxxxxxxxx")
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm18
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc3.reverse()
r19 = f1(v11 % 5, -88754)
print(r19)
r20 = f1(1872565855, v10 * 1)
print(r20)
v21 = float(v11)
v22 = f"<{v21}>"
acc23 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc23.append((i, x))
else:
    acc23.append(None)
print(len(acc23), acc23[-3:])
print(type(v11).__name__)
del v22
r24 = f1(-66046, -v11)
print(r24)
v25 = 1769724392
print(sys.getsizeof(v16))
if "k5" in v14:
    del v14["k5"]
m26 = memoryview(mb7)
try:
    print(m26 == mb7, m26 == bytes(8), m26 != b'')
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(v6)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm27 = dict(k0=len(acc4))
tm27 = [tm27 for _ in range(21)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm27
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
mb28 = bytearray(b'0123' * 63)
m29 = memoryview(mb28)
with memoryview(mb28) as w30:
    print(w30.tobytes()[:10], w30.nbytes)
    try:
        mb28.append(0)
    except (BufferError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    print(w30.nbytes)
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(w30 == w30, len(mb28))
print(gc.is_tracked(v12))
v31 = float(v11)
v14 = {"k0": "  pad  ", "k1": v25 + -38156, "k2": -3, "k3": -v11, "k4": "-".join(str(e) for e in acc3), "k5": 739849319}
v32 = {298: 1840784202}
r33 = f1(len(v16), v10 * -3)
print(r33)
acc23.insert(1, v11 * 4)
acc34 = []
i = 0
while i < 12:
    if i % 4 == 0:
        acc34.append(i)
    i += 1
print(len(acc34), acc34[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm35 = "tab\t"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm35
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc36 = []
for i in range(18):
    acc36.append([i])
print(len(acc36), acc36[-3:])
del r33
r37 = f1(-1, 34197)
print(r37)
mb38 = bytearray(b'0123' * 87)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
m39 = memoryview(mb38)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)
with memoryview(mb38) as w40:
    print(w40.tobytes()[:10], w40.nbytes)
    try:
        mb38.append(0)
    except (BufferError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    print(w40.nbytes)
except (BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError) as e:
    print(type(e).__name__, e)
print(w40 == w40, len(mb38))
v41 = b"hello"
print(gc.collect())

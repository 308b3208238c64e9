# gen.py 35050006 --features structseq,refcount,sizeof,tracemalloc,core --stmts 60
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
try:
    print(type(sys.float_info)(range(3)))
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(type(v2).__name__)
acc7 = []
for i in range(18):
    acc7.append(i * 1000)
print(len(acc7), acc7[-3:])
print(type(v5).__name__)
print(type(v5).__name__)
v8 = acc4[:]
r9 = f1(188, len(v8))
print(r9)
acc4 = v8 + [1184966686]
acc10 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
try:
    print(sys.thread_info)
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(v2)
del acc4[:0]
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm11 = ""
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del acc3[:1]
v12 = 61
acc7.reverse()
v6 = dict(k0=-v12)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
sq13 = sys.version_info[:0]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm sq', tm_c1 - tm_c0, tm_p1 - tm_p0)
del sq13
acc3.extend(range(6))
del v8[:2]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = tm11.swapcase()
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm14
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc15 = []
for i in range(16):
    acc15.append(str(i))
print(len(acc15), acc15[-3:])
v16 = {"k0": v12 + -83159, "k1": 242, "k2": tm11[1:4], "k3": "b", "k4": -v12}
print(sys.getsizeof(v5))
v17 = (1.5, v12 / 2, -v12)
v18 = 228
if 8 in v6:
    del v6[8]
r19 = f1(52913, v18 % 97)
print(r19)
v20 = tm11[0:7]
acc3.insert(1, v18 * 6)
if v8:
    v8[0] = repr(acc15)
del acc10[:0]
try:
    sys.version_info.releaselevel = 0
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
if 0 in v6:
    del v6[0]
v21 = {159: v12 // 1, 255: len(acc15), 238: v12 * 4, 223: v18 // 1}
v22 = float(v18)
v23 = "UPPER"
del acc7
print(sys.getsizeof(tm11))
del v20
print(sys.getsizeof(v17))
acc24 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc24.append((i, x))
else:
    acc24.append(None)
print(len(acc24), acc24[-3:])
print(type(v16).__name__)
v25 = -26311
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm26 = (v18 % 2,)
tm26 = [tm26 for _ in range(6)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
try:
    print(sys.version_info[5])
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(v6)
sq27 = sys.float_info
print(sys.getrefcount(sq27), sys.getrefcount(sys.float_info))
del sq27
v17 = (2.5e-3, "a", v18 * 3)
v28 = float(v18)
v29 = {"k0": "", "k1": v23.replace("l", "L"), "k2": v12 * 4, "k3": "-".join(str(e) for e in acc4), "k4": 739849319, "k5": "  pad  "}

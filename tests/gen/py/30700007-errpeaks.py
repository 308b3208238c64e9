# gen.py 30700007 --features errpeaks,core --stmts 100
import sys
import gc
def f1(p0):
    acc = [p0]
    return acc
import tracemalloc
tracemalloc.start()
try:
    1 / 0
except ZeroDivisionError:
    pass
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (1, 2)[("abc")]
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    +([3])
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v1 = 1e10
v2 = ("abc123", str(v1), 142, 203, 1918158656)
print(type(v1).__name__)
print(len(v2))
print(type(v1).__name__)
v3 = "a-b-c"
v4 = {163: 1471958107, 166: 79}
v5 = 116
print(type(v5).__name__)
v6 = v3[0:5]
del v3
r7 = f1(v5 * -1)
print(r7)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    setattr(([3]), 'y', 1)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v2 = (v1 * -2.25, "-".join(str(e) for e in v2), v5 / 3, v6.replace("l", "L"))
acc8 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
del v4
acc8.append(v6 * 2)
r9 = f1(222)
print(r9)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ~(2.5)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    v1 << (300)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
del acc8
v10 = "€"
v11 = v6 * 4
v12 = {}
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    len(None)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(len(v11))
v13 = float(v5)
acc14 = []
i = 0
while i < 10:
    if i % 2 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
acc14.append(v10[2:4])
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (-5) in v5
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
acc15 = []
i = 0
while i < 11:
    if i % 4 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
v16 = v5 % 5
v17 = v13 * -2.25
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    pow((0.1), 2, 5)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(v5).__name__)
v18 = 834829671
v19 = {35: 70112, 291: v16 + 2095965903, 36: v16 % 5, 46: len(v2), 274: v5 % 5, 286: v5 // 2, 122: len(v2)}
acc20 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc20.append((i, x))
else:
    acc20.append(None)
print(len(acc20), acc20[-3:])
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    float(v19)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
if acc14:
    print(acc14.pop())
v19 = {i: i * i for i in range(2)}
acc21 = []
i = 0
while i < 10:
    if i % 2 == 0:
        acc21.append(i)
    i += 1
print(len(acc21), acc21[-3:])
v22 = v16 + 144
v16 = v5 % 2
print(v12)
v2 = (-2.25, v16 / 7, str(v13), float(v5), str(v1), v22 % 10)
acc14 = [[j] * 0 for j in range(1)]
r23 = f1(len(v2))
print(r23)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    divmod((""), v22)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
if acc15:
    print(acc15.pop())
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    [q for q in (-5)]
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
r24 = f1(len(v2))
print(r24)
print(acc14)
v12["k0"] = acc21[:]
v2 = ()
acc20 = v6.split()
v25 = v1 * 100.0
v26 = {i: i * i for i in range(3)}
r27 = f1(v16 // 7)
print(r27)
v19["k3"] = [[j] * 1 for j in range(0)]
v17 = 545.28
v28 = acc21 + [1658468396]
v17 = v1 * 100.0
v16 = 1950470546
r29 = f1(66120)
print(r29)
v13 = 240.46
print(len(v28))
print(len(v11))
v30 = -35251
print(type(v13).__name__)
if "k3" in v19:
    del v19["k3"]
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    setattr(acc14, 'y', 1)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
del v1
acc31 = []
i = 0
while i < 11:
    if i % 3 == 0:
        acc31.append(i)
    i += 1
print(len(acc31), acc31[-3:])
v18 = v22 // 7
acc31 = list(range(2))
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    [1, 2][(2.5)]
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
if 3 in v12:
    del v12[3]
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    v30 + ("")
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v32 = tuple(acc14)
v19 = {200: -v5, 218: 38, 249: v22 // -4, 300: v5 // 7, 187: v22 // 3}
v32 = (29572,)
if 5 in v19:
    del v19[5]
r33 = f1(-v22)
print(r33)
print(type(v18).__name__)
v34 = acc15 * 0
v35 = (v22 / 2, v11.lower(), -13721, 21926, 671.60)
print(v35)
print(type(acc20).__name__)
v36 = v11 * 2
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (300).x
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v35 = (v10.swapcase(), "line\n", -v30, v16 % 5)
del r24
v37 = str(v5)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    range((2.5))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
acc38 = []
i = 0
while i < 16:
    if i % 4 == 0:
        acc38.append(i)
    i += 1
print(len(acc38), acc38[-3:])
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ord(v30)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)

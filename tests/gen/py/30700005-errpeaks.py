# gen.py 30700005 --features errpeaks,core --stmts 100
import sys
import gc
def f1(p0, p1, p2=8):
    acc = [p0, p1, p2]
    for i in range(4):
        acc.append(i)
    return acc
r1 = f1(91210, 1537730357, 45877)
print(r1)
v2 = "Hello World"
print(len(v2))
import tracemalloc
tracemalloc.start()
try:
    1 / 0
except ZeroDivisionError:
    pass
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    min(("abc"), (300))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v3 = 934.72
v4 = v2.split()
if v4:
    print(v4.pop())
r5 = f1(250, 33349, -70988)
print(r5)
v4.reverse()
v6 = (len(v4),)
v7 = []
print(len(v6))
v8 = {233: 89946}
acc9 = []
for i in range(7):
    acc9.append({i: i})
print(len(acc9), acc9[-3:])
print(v6)
r10 = f1(-5, 1372432289, 26415)
print(r10)
v11 = 100.0
r12 = f1(40117, -54500, 138)
print(r12)
acc9.insert(-1, 120)
acc13 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ([1, 2]) * 2.5
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(v6).__name__)
acc14 = []
i = 0
while i < 8:
    if i % 4 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
v15 = 48599998
v16 = 1.5
del acc13
v17 = {247: v15 + 212, 300: v15 + 711182537, 11: v15 % 5, 168: v15 % 97, 12: v15 + 49095, 84: 547936807}
r18 = f1(-v15, v15 * 7, v15 % 10)
print(r18)
print(len(v7))
v19 = (-v15,)
v20 = ""
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    {v17: 1}
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
r21 = f1(v15 // 7, 585320040, -v15)
print(r21)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    -({})
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v7)
v17 = {"k0": len(v6), "k1": str(v15), "k2": v20 + "中文", "k3": v20[3:7], "k4": v15 % 5, "k5": 2060906595}
acc22 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc22.append((i, x))
else:
    acc22.append(None)
print(len(acc22), acc22[-3:])
print(acc22)
print(v8.pop("k6", None))
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    v20 + v15
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
r23 = f1(-v15, v15 + 415267530, -30993)
print(r23)
print(acc14)
print(type(v2).__name__)
r24 = f1(-26504, v15 + 17, -v15)
print(r24)
v3 = v16 * 3.141592653589793
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    min((""), v15)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
del v7
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    sorted(acc22, key=len)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (()) * (2.5)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v16)
del r1
if acc9:
    print(acc9.pop())
acc14.append(repr(acc9))
print(type(v11).__name__)
print(type(v6).__name__)
v25 = dict(k0=v15 % 97, k1=538968280, k2=-v15, k3=v15 * -3, k4=1934705668)
v17 = dict(k0=v15 % 10, k1=2135341809, k2=len(v6), k3=v15 * 6)
print(v20)
v26 = [-39808]
v27 = -v15
print(v3)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    [1, 2][v16]
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v28 = v11 * 100.0
v29 = len(acc14)
v30 = [761.84, v2 * 2, v28 * -2.25, v3 * 919.69, v29 // 3]
if acc14:
    print(acc14.pop())
v31 = (56928, 2.5e-3, v27 / 7)
v8.update({"k4": 4})
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ("") - ("")
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v4.reverse()
print(v16)
v17.update({"k2": 0})
print(type(acc9).__name__)
v8 = {"k0": v15 // -4, "k1": v20 + "中文", "k2": v20[2:2], "k3": "€", "k4": v20 * 0, "k5": "中文"}
print(len(acc14))
v32 = str(v3)
if acc14:
    acc14[0] = v20.lower()
r33 = f1(len(v31), 24311, v15 * 6)
print(r33)
print(type(acc9).__name__)
del v4[:0]
v34 = float(v27)
print(len(v4))
print(len(v2))
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    sorted(v26, key=len)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(len(v8))
v35 = {186: v15 % 5, 196: 706233841, 119: len(v8)}
v17 = {251: v15 // 1, 210: 1377, 215: -v27, 187: v15 * -3, 68: v27 + 31}
acc36 = []
for i in range(0):
    acc36.append([i])
print(len(acc36), acc36[-3:])
r37 = f1(27451, 736375005, 90258)
print(r37)
del v4[:3]
print(v8.get(5), list(v8.keys())[:3])
acc38 = []
i = 0
while i < 0:
    if i % 5 == 0:
        acc38.append(i)
    i += 1
print(len(acc38), acc38[-3:])
print(v16)
v39 = v20.split()
v29 = v15 // 1
v40 = {101: -v27, 286: 32354461, 246: -v15, 108: 40, 63: len(v4)}
v41 = v27 // -4
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    del v31[0]
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)

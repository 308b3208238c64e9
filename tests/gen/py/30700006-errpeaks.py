# gen.py 30700006 --features errpeaks,core --stmts 100
import sys
import gc
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
v1 = 330.61
import tracemalloc
tracemalloc.start()
try:
    1 / 0
except ZeroDivisionError:
    pass
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    divmod((""), (-5))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v1)
print(type(v1).__name__)
v2 = v1 * 0.0
v3 = 177
v4 = (209, "Hello World", v3 // -4, 51111, 1.5, v3 * 5)
acc5 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
del acc5
v6 = [1228307883, v3 * -2, 1.5]
v7 = {130: -v3}
print(v1)
print(type(v3).__name__)
v3 = v3 // 1
r8 = f1(v3 * 4, -v3, -63482)
print(r8)
print(type(v3).__name__)
del r8
v7 = {255: v3 * 0, 229: 510043199, 218: 16781, -14: -v3, 298: 74}
print(v7.pop(10, None))
if v6:
    v6[0] = "UPPER"
print(v2)
print(v3)
v6 = [float(v3), float(v3), v1 * 3.141592653589793, 3.141592653589793, 7164]
acc9 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
r10 = f1(339596631, len(v6), 427009695)
print(r10)
print(v2)
v7.update({"k4": 0})
acc11 = []
for i in range(11):
    acc11.append(i * 1000)
print(len(acc11), acc11[-3:])
print(acc9)
v12 = [i * 3 for i in range(3)]
if 3 in v7:
    del v7[3]
v13 = tuple(v6)
v14 = "中文"
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    range((2.5))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v6 = [i * 1 for i in range(10)]
acc15 = []
i = 0
while i < 18:
    if i % 2 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
v16 = v2 * 3.141592653589793
r17 = f1(v3 * 7, v3 + 834413343, len(acc11))
print(r17)
print(v4)
v18 = {"k0": v3 // -4, "k1": v3 // 3, "k2": v14.replace("l", "L"), "k3": v14.swapcase(), "k4": len(v14), "k5": v3 % 10}
v1 = 0.0
v19 = 0.1
print(v4)
print(type(v19).__name__)
v20 = {"k0": v14.replace("l", "L"), "k1": "tab\t", "k2": 155, "k3": v3 + 245, "k4": v14[0:3], "k5": -v3, "k6": 6}
acc9 = acc15[:]
print(v13)
if v6:
    print(v6.pop())
print(v14)
print(len(acc9))
v21 = -v3
del v6
print(type(acc15).__name__)
r22 = f1(v21 % 10, v3 % 2, 90367429)
print(r22)
print(v7.get("k4"), list(v7.keys())[:3])
print(type(acc11).__name__)
del acc9
v23 = v21 / 7
acc24 = []
for i in range(6):
    acc24.append([i])
print(len(acc24), acc24[-3:])
v7 = {"k0": "tab\t", "k1": 35, "k2": v14.replace("l", "L"), "k3": f"<{v2}>"}
print(v20.pop("k0", None))
v25 = v21 + 250
print(len(v7))
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    v3.x
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v12 = list(range(0))
print(type(v2).__name__)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ~(0.1)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(len(v7))
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ("été") * 1.5
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v2)
v26 = -v21
print(v16)
r27 = f1(-v3, v25 % 97, v26 * 3)
print(r27)
del acc24
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    next(([3]))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(v16).__name__)
print(v21)
v28 = 1909445768
v7.update({"k0": 9})
print(v1)
print(len(acc15))
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    v28 in v21
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    +acc15
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(v3).__name__)
v14 = "a-b-c"
del v12[:1]
v29 = (v23 * 0.0, v23 * 1.5, v2 * 2.5e-3, f"<{v25}>")
del v4
v30 = {}
v31 = {}
acc32 = []
i = 0
while i < 24:
    if i % 3 == 0:
        acc32.append(i)
    i += 1
print(len(acc32), acc32[-3:])
print(type(v2).__name__)
print(type(v1).__name__)
print(v7.get(0), list(v7.keys())[:3])
acc32.insert(-1, v25 * -3)

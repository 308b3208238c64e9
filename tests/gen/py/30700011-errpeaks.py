# gen.py 30700011 --features errpeaks,core --stmts 100
import sys
import gc
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
v1 = ("spam eggs", "a-b-c", 0.0, "abc123")
r2 = f1(1065822833, 793216046, 14)
print(r2)
print(len(v1))
del v1
import tracemalloc
tracemalloc.start()
try:
    1 / 0
except ZeroDivisionError:
    pass
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    range((2.5))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v3 = {5: 13, 136: 60}
print(v3)
v3["k2"] = [1519625290, 210, 113, 73, 21212, 171, -6682, 479172442]
print(type(v3).__name__)
print(len(v3))
print(len(v3))
print(v3)
v3.update({"k3": 6})
print(v3.pop("k4", None))
acc4 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
acc4.extend(range(3))
del acc4[:0]
print(v3)
v5 = "  pad  "
print(v3.pop("k6", None))
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    next(acc4)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(len(v5))
print(len(v3))
print(type(v3).__name__)
v6 = dict()
v3 = {13: 3}
v3.update({6: 3})
print(v6.get("k2"), list(v6.keys())[:3])
print(v3.get(4), list(v3.keys())[:3])
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (-5)()
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
if "k3" in v3:
    del v3["k3"]
v7 = ()
print(v6)
v3 = {"k0": -29755, "k1": v5[1:9], "k2": v5.title(), "k3": "b", "k4": "Hello World"}
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (300) + v5
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v8 = [6, len(acc4), 22072, 36985, 603854027, 120, 92948, 186785533]
print(acc4)
if "k6" in v3:
    del v3["k6"]
v9 = 0.1
del v6
del v9
v10 = v8 * 0
acc4.append(127)
print(type(v7).__name__)
v11 = (84845614, repr(v10), 100.0)
print(len(v5))
print(v10)
v12 = 186
v13 = dict(k0=len(acc4))
acc14 = []
for i in range(12):
    acc14.append([i])
print(len(acc14), acc14[-3:])
v15 = f"<{v12}>"
v12 = v12 % 97
print(v12)
v8 = v5.split()
v16 = (str(v12), 0.1, "line\n", v5[2:3], 8)
print(len(v11))
v17 = tuple(v10)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ("été")[0] = 1
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v18 = {64: -v12, 193: v12 * -3, 269: -v12, 111: len(v7), 22: v12 % 5, 183: 1625745100, 94: v12 * 6}
acc19 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
print(v13.get("k2"), list(v13.keys())[:3])
del v5
print(type(v17).__name__)
print(len(v17))
print(v16)
print(len(v3))
print(v15)
print(len(v13))
r20 = f1(v12 * 1, v12 + -36184, len(v17))
print(r20)
if 0 in v13:
    del v13[0]
print(v15)
print(acc4)
print(v3)
print(type(acc4).__name__)
print(v11)
print(v8)
v21 = tuple(v8)
v15 = v15.replace("l", "L")
acc22 = []
for i in range(18):
    acc22.append((i, i))
print(len(acc22), acc22[-3:])
del v16
print(len(v11))
acc23 = []
for i in range(22):
    acc23.append(i)
print(len(acc23), acc23[-3:])
v24 = (-2.25, 100.0)
v18.update({7: 9})
del v13
v25 = acc14 * 1
v26 = -2.25
v27 = (1.5, 1e10, float(v12), v12 // 3)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    {v3: 1}
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    sum(v15)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
acc28 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc28.append((i, x))
else:
    acc28.append(None)
print(len(acc28), acc28[-3:])
print(acc14)
v29 = [i * 5 for i in range(0)]
v29.extend(range(7))
print(type(v29).__name__)
v30 = {i: i * i for i in range(1)}
print(type(v26).__name__)
v31 = {"k0": v12 * 2, "k1": len(acc14), "k2": v15.replace("l", "L"), "k3": -v12, "k4": -v12, "k5": str(v12)}
r32 = f1(v12 * 4, v12 * 0, v12 % 5)
print(r32)
v33 = f"<{v12}>"

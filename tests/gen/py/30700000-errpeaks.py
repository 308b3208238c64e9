# gen.py 30700000 --features errpeaks,core --stmts 100
import sys
import gc
def f1(p0):
    acc = [p0]
    for i in range(5):
        acc.append(i)
    return acc
v1 = list(range(12))
print(type(v1).__name__)
v2 = -2.25
v3 = (45, v2 * 3.141592653589793, v2 * -2.25, 1682365008)
import tracemalloc
tracemalloc.start()
try:
    1 / 0
except ZeroDivisionError:
    pass
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    abs(([]))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(v3).__name__)
v4 = {249: 69919, 184: 135, 265: 42479, 288: 220, 105: 502502104, 277: 1553669174, 139: 14}
v5 = tuple(v1)
print(type(v5).__name__)
v6 = tuple(v1)
if v1:
    v1[0] = "Hello World"
print(v4)
v7 = 1e10
print(v2)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ("été")[1.5]
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
del v3
v8 = 385401533
print(len(v6))
v1 = []
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ({}) | (-5)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
r9 = f1(12675)
print(r9)
v10 = "abc123"
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ([]) % (-5)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
acc11 = []
for i in range(1):
    acc11.append((i, i))
print(len(acc11), acc11[-3:])
print(type(v8).__name__)
print(type(v2).__name__)
print(type(acc11).__name__)
print(v5)
print(type(v6).__name__)
print(len(v4))
print(v10)
acc12 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
print(len(v1))
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    min((""), (300))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(v6).__name__)
print(type(v4).__name__)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ~v7
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v1.extend(range(2))
del v1[:1]
v13 = v8 + 233
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    range((2.5))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v4 = {"k0": "a", "k1": v8 % 5, "k2": 1244205318, "k3": f"<{v7}>", "k4": -76481, "k5": v8 % 10, "k6": "tab\t"}
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (7) < v10
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(v7).__name__)
print(v10)
print(type(v5).__name__)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    sum(("abc"))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v13)
print(len(acc11))
r14 = f1(85)
print(r14)
print(v6)
print(len(v1))
print(v13)
v15 = {"k0": v13 * -3, "k1": "-".join(str(e) for e in acc11), "k2": repr(v8), "k3": 93105, "k4": v13 // 7}
print(v7)
print(len(v15))
v15 = dict(k0=v8 * 6, k1=98, k2=245659306, k3=61)
print(v4.pop("k0", None))
v16 = [[j] * 2 for j in range(5)]
print(type(v15).__name__)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    chr(("abc"))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(v8).__name__)
acc17 = []
i = 0
while i < 25:
    if i % 5 == 0:
        acc17.append(i)
    i += 1
print(len(acc17), acc17[-3:])
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ([1, 2]) * 2.5
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
acc18 = []
for i in range(12):
    acc18.append({i: i})
print(len(acc18), acc18[-3:])
print(type(v15).__name__)
acc19 = []
for i in range(16):
    acc19.append(i * 1000)
print(len(acc19), acc19[-3:])
acc19.append(str(v2))
print(type(v8).__name__)
v20 = [-15475, -v13, v13 * 3, f"<{v8}>", "UPPER"]
acc21 = []
for i in range(9):
    acc21.append(str(i))
print(len(acc21), acc21[-3:])
r22 = f1(v13 % 5)
print(r22)
print(type(v10).__name__)
v23 = "Hello World"
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    min((""), v8)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
if acc11:
    print(acc11.pop())
print(type(v8).__name__)
print(len(acc18))
v24 = v13 / 3
del r22
print(len(acc18))
print(type(v16).__name__)
v25 = (str(v8), 2.5e-3, 50129)
print(v2)
v20.extend(range(3))
v6 = tuple(acc11)
v15["k1"] = [v13 % 2, v8 * 0, 561055829]
r26 = f1(len(v5))
print(r26)
v27 = v13 / 2
acc28 = []
i = 0
while i < 21:
    if i % 5 == 0:
        acc28.append(i)
    i += 1
print(len(acc28), acc28[-3:])
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (-5) < ("été")
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    int(([]))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v16)
v29 = {75: v8 % 97, 15: v13 // 1}
v30 = (v8 * 0,)
v31 = v8 + 1918585118
print(type(v10).__name__)
print(acc17)
if acc19:
    print(acc19.pop())
del acc21

# gen.py 30700010 --features errpeaks,core --stmts 100
import sys
import gc
def f1(p0, p1):
    acc = [p0, p1]
    return acc
v1 = [410663377, 1506918042, 343067688]
import tracemalloc
tracemalloc.start()
try:
    1 / 0
except ZeroDivisionError:
    pass
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    [1, 2][(0.1)]
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v2 = v1 * 1
v3 = []
if v1:
    v1[0] = "UPPER"
v4 = v1 * 3
v1 = v3 * 1
if v2:
    print(v2.pop())
if v4:
    print(v4.pop())
v1.insert(1, 50036)
v5 = -2.25
v6 = 100.0
v7 = str(v6)
del v1
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ({}) | (-5)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v8 = {i: i * i for i in range(8)}
v9 = v7 * 2
r10 = f1(25050, -55210)
print(r10)
acc11 = []
for i in range(6):
    acc11.append(i)
print(len(acc11), acc11[-3:])
print(type(v6).__name__)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (-5) + v7
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v5)
print(type(v6).__name__)
print(len(v2))
v12 = {i: i * i for i in range(0)}
if "k2" in v12:
    del v12["k2"]
print(v5)
print(type(v9).__name__)
print(len(acc11))
v6 = -2.25
r13 = f1(-58925, 199859589)
print(r13)
acc11.reverse()
r14 = f1(3, 329410022)
print(r14)
print(len(v3))
v15 = 45066
print(len(acc11))
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    pow(v5, 2, 5)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v5)
print(len(v12))
print(v6)
acc11 = v2[:]
del v2[:2]
del v9
v16 = {i: i * i for i in range(12)}
v4.append("-".join(str(e) for e in v3))
v17 = float(v15)
print(acc11)
v18 = dict(k0=-v15)
print(v16)
print(v12.get("k0"), list(v12.keys())[:3])
print(len(v2))
del acc11[:3]
print(v12)
v19 = str(v6)
v3.reverse()
print(v8.pop("k3", None))
acc20 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc20.append((i, x))
else:
    acc20.append(None)
print(len(acc20), acc20[-3:])
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    v15 in v15
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v21 = len(v19)
print(acc11)
acc22 = []
i = 0
while i < 10:
    if i % 5 == 0:
        acc22.append(i)
    i += 1
print(len(acc22), acc22[-3:])
v23 = ()
print(type(v3).__name__)
if "k1" in v18:
    del v18["k1"]
print(type(v2).__name__)
print(len(v23))
print(v21)
del r14
del v5
acc24 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc24.append((i, x))
else:
    acc24.append(None)
print(len(acc24), acc24[-3:])
if "k6" in v16:
    del v16["k6"]
print(v16.pop("k3", None))
print(len(v4))
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ("abc")[0] = 1
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(v12).__name__)
print(v12)
v25 = 1.5
v6 = 0.0
print(v12.get(11), list(v12.keys())[:3])
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    len((0.1))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v21)
v12[4] = 76239
acc26 = []
for i in range(6):
    acc26.append([i])
print(len(acc26), acc26[-3:])
print(type(acc20).__name__)
print(len(v23))
acc20.insert(0, v15 * 0)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    pow((0.1), 2, 5)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v27 = (599.15, f"<{v21}>")
del v12
acc22.reverse()
v28 = (v21 + 38537,)
print(type(v6).__name__)
print(v27)
print(type(v16).__name__)
v7 = v19 + ""
v29 = v19[2:3]
r30 = f1(103, -v15)
print(r30)
v29 = "-".join(str(e) for e in acc22)
v3.insert(-1, 91)
v8 = {i: i * i for i in range(3)}

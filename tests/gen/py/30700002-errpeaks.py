# gen.py 30700002 --features errpeaks,core --stmts 100
import sys
import gc
def f1(p0, p1, p2=2):
    acc = [p0, p1, p2]
    return acc
v1 = [i * 4 for i in range(10)]
acc2 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc2.append((i, x))
else:
    acc2.append(None)
print(len(acc2), acc2[-3:])
v3 = {i: i * i for i in range(4)}
v4 = 866.7
v5 = (len(v3),)
v6 = v4 * 3.141592653589793
v1.insert(-1, 50798)
print(v3.get(5), list(v3.keys())[:3])
print(v3)
print(v1)
acc7 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
acc8 = []
i = 0
while i < 7:
    if i % 4 == 0:
        acc8.append(i)
    i += 1
print(len(acc8), acc8[-3:])
v3["k3"] = "-".join(str(e) for e in acc7)
print(type(v6).__name__)
if acc7:
    print(acc7.pop())
acc7.insert(-1, -63759)
acc2.append(10)
v9 = tuple(acc7)
acc10 = []
for i in range(1):
    acc10.append({i: i})
print(len(acc10), acc10[-3:])
v11 = 100.0
v12 = 1981443985
acc8.append(756145496)
print(v9)
v12 = 1825848312
print(acc7)
v13 = v12 / 3
v12 = 99
del v3
print(type(v4).__name__)
acc14 = []
for i in range(21):
    acc14.append(str(i))
print(len(acc14), acc14[-3:])
print(type(v12).__name__)
v15 = dict(k0=v12 // 7, k1=v12 // 7, k2=v12 * -2, k3=v12 // 3)
r16 = f1(len(acc10), v12 + 140, 218)
print(r16)
print(v15)
v17 = acc7 + [v12 % 10]
acc14.append("café")
v18 = str(v11)
acc19 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
v12 = v12 % 97
print(acc8)
del acc8[:0]
del v1[:0]
v15 = dict()
v20 = (1e10, "snake_case", float(v12), v6 * -2.25, v12 * 7)
print(type(v12).__name__)
v21 = 0.0
v22 = (v12 // 1, v18.replace("l", "L"), -v12)
print(len(v1))
if acc10:
    print(acc10.pop())
acc14 = acc8 * 0
acc2.insert(2, -v12)
v12 = 1750927772
print(v1)
v1.append(v18[1:9])
acc2.reverse()
v23 = {"k0": f"<{v6}>"}
print(v23.pop(0, None))
if acc2:
    print(acc2.pop())
v24 = v18 * 1
acc25 = []
for i in range(23):
    acc25.append(str(i))
print(len(acc25), acc25[-3:])
print(v22)
acc2.append(v12 * 1)
print(type(v17).__name__)
import tracemalloc
tracemalloc.start()
try:
    1 / 0
except ZeroDivisionError:
    pass
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    v18 ** (7)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(len(v23))
v26 = v24.split()
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    +([1, 2])
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(v6).__name__)
r27 = f1(88083, v12 // 1, -99192)
print(r27)
del v1[:3]
v28 = -v12
del acc2[:1]
acc29 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc29.append((i, x))
else:
    acc29.append(None)
print(len(acc29), acc29[-3:])
v30 = v12 // 7
if acc19:
    print(acc19.pop())
v12 = 1284046576
v4 = float(v30)
v31 = ()
acc32 = []
i = 0
while i < 22:
    if i % 2 == 0:
        acc32.append(i)
    i += 1
print(len(acc32), acc32[-3:])
print(v31)
del v22
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ("") * 1.5
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v9 = (v28 // -4,)
v28 = len(acc25)
v5 = (v30 * 3,)
v30 = 247
acc2.append(len(v17))
print(type(v17).__name__)
v11 = 3.141592653589793
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    len(None)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(acc14).__name__)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    v28 in (7)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v33 = "ü"
print(type(v30).__name__)
acc25.reverse()
v34 = (-4, v30 * -1, v30 * 7)
print(len(acc19))
print(v31)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ~(2.5)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)

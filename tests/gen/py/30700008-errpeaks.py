# gen.py 30700008 --features errpeaks,core --stmts 100
import sys
import gc
def f1(p0, p1, p2=3):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
v1 = [1967136695, 210, 25, 173, -39465, 294091549, 95786, -77706, -30698]
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
    (()) + ([])
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
acc2 = []
i = 0
while i < 5:
    if i % 5 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    -("été")
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
if acc2:
    acc2[0] = "  pad  "
v3 = "中文"
v4 = {37: len(acc2), 47: len(acc2), 266: 31}
if "k6" in v4:
    del v4["k6"]
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (300)()
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v4 = {i: i * i for i in range(1)}
r5 = f1(1145556572, 18559, 37)
print(r5)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    min(("abc"), (300))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v3)
v6 = 87800
v7 = {186: len(v4), 239: len(acc2), 55: v6 // 3, 140: -94349, 104: -v6, 213: v6 // 3, 300: v6 + 921232919}
print(v3)
v8 = {93: 1134414215, 137: -v6, 183: v6 // 3, 217: v6 // 7, 117: 52626}
if acc2:
    print(acc2.pop())
v9 = 204
print(type(v3).__name__)
v10 = 1570214818
acc2 = acc2 * 2
v11 = [i * 8 for i in range(8)]
v11.reverse()
print(len(v8))
r12 = f1(v9 % 97, v9 // 1, v9 // 1)
print(r12)
acc13 = []
for i in range(11):
    acc13.append(str(i))
print(len(acc13), acc13[-3:])
acc2.reverse()
del v11
r14 = f1(-36625, 103, v6 % 5)
print(r14)
del v8
print(v7)
print(type(v10).__name__)
del r5
v6 = v10 // 2
acc15 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
v16 = v10 / 7
acc17 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc17.append((i, x))
else:
    acc17.append(None)
print(len(acc17), acc17[-3:])
v18 = tuple(acc17)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    setattr(([1, 2]), 'y', 1)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v10)
del v4
print(acc13)
print(type(v18).__name__)
print(len(acc13))
v7 = {}
del v18
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (1, 2)[("été")]
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
r19 = f1(127, v10 + 1268199029, 1563860259)
print(r19)
v20 = (-v6,)
del acc2
acc13.append("-".join(str(e) for e in acc15))
del acc13
print(type(acc15).__name__)
print(v9)
print(len(v7))
print(v16)
v7.update({7: 8})
print(type(v10).__name__)
r21 = f1(v10 // 2, v6 // 1, len(v3))
print(r21)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    [q for q in (-5)]
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ({"a": 1}) + v7
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v16 = float(v9)
print(type(v7).__name__)
print(type(v10).__name__)
if 2 in v7:
    del v7[2]
v22 = {94: -v9, 203: v6 * 3, -16: v10 // 3, 8: 2018431174, 296: v6 * 4, 71: 1516475663, 234: 240}
v22["k6"] = -v10
v23 = list(range(10))
acc24 = []
i = 0
while i < 12:
    if i % 5 == 0:
        acc24.append(i)
    i += 1
print(len(acc24), acc24[-3:])
del acc15
v9 = 1971045991
del acc17
v25 = ()
v26 = {"k0": len(v7), "k1": "abc123", "k2": v3.title()}
print(len(v23))
print(len(acc24))
if acc24:
    print(acc24.pop())
print(type(v16).__name__)
v27 = [125]
print(v23)
print(v27)
if v27:
    v27[0] = v3.replace("l", "L")
print(v20)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    -("été")
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(v27).__name__)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    len((2.5))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v28 = v27 * 2
v16 = -2.25
v3 = "hello"
v29 = -v6
del v3
print(type(v7).__name__)
print(v10)
print(v26.get(6), list(v26.keys())[:3])
del v27
acc30 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc30.append((i, x))
else:
    acc30.append(None)
print(len(acc30), acc30[-3:])
v31 = v9 % 2
print(acc24)

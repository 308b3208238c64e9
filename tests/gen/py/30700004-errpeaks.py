# gen.py 30700004 --features errpeaks,core --stmts 100
import sys
import gc
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = 44307
v2 = 45754
v3 = list(range(5))
v4 = v1 / 3
del v3[:1]
del v4
v5 = ()
del v5
r6 = f1(v1 + 42251)
print(r6)
del r6
v3.insert(2, len(v3))
v7 = [i * 7 for i in range(3)]
del v3[:3]
acc8 = []
i = 0
while i < 0:
    if i % 4 == 0:
        acc8.append(i)
    i += 1
print(len(acc8), acc8[-3:])
v9 = "tab\t"
v10 = v3[:]
v11 = (v2 % 10,)
import tracemalloc
tracemalloc.start()
try:
    1 / 0
except ZeroDivisionError:
    pass
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    v10 / v1
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(len(v3))
if v10:
    v10[0] = "-".join(str(e) for e in acc8)
print(type(acc8).__name__)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    round(("abc"))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    [q for q in v2]
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
if v10:
    print(v10.pop())
print(len(v3))
v1 = len(v7)
acc12 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
v13 = (v1 // -4, -v1, v9[1:4], v1 // 2)
print(len(v13))
print(acc8)
print(len(v9))
acc12.append(v1 // -4)
v14 = 50069
v10 = [v1 // 1, -v14, v1 // 2, -9336, 254, 1939901566, v14 * -1, len(v11)]
acc15 = []
for i in range(12):
    acc15.append(str(i))
print(len(acc15), acc15[-3:])
del v11
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ord(v14)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(len(acc15))
del v9
v13 = (1586589642, v2 + 99664, v14 / 3, v14 / 7, "tab\t")
r16 = f1(195)
print(r16)
del acc12[:2]
print(v3)
v17 = "a"
print(type(acc12).__name__)
v18 = v14 / 2
print(len(acc12))
print(len(v7))
print(v14)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    abs(v10)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
acc15.reverse()
v1 = 167
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    v1 in (300)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
acc8 = [[j] * 2 for j in range(0)]
acc12 = acc12 * 2
print(type(v7).__name__)
v19 = {157: v14 % 97, 293: v2 // 1}
v17 = repr(v2)
acc20 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc20.append((i, x))
else:
    acc20.append(None)
print(len(acc20), acc20[-3:])
print(len(v10))
print(type(v14).__name__)
del acc15[:0]
v19 = {8: len(acc20), 171: v1 * -1, 175: -v2, 92: v1 // 1}
print(acc8)
r21 = f1(v14 // -4)
print(r21)
print(type(v18).__name__)
print(type(v14).__name__)
print(len(v7))
print(type(acc8).__name__)
v22 = 15
v23 = (v1 * 4, 2.5e-3, 1375764893, str(v2))
acc24 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc24.append((i, x))
else:
    acc24.append(None)
print(len(acc24), acc24[-3:])
v22 = 437089105
v25 = dict(k0=-v14, k1=v2 // 7)
v1 = v1 * 0
print(len(v13))
print(v13)
del v7
v26 = tuple(acc24)
v27 = [528247343, v17 * 3, 3.141592653589793, v22 / -8, 100.0]
print(type(v2).__name__)
v17 = repr(v3)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    {v10}
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v26)
v17 = v17.replace("l", "L")
print(type(v10).__name__)
v28 = float(v1)
v17 = repr(v25)
print(v3)
v19 = {286: v22 * -3, 63: v22 * -1, 1: v14 * 6, 182: 127, 30: -v14, 240: 73}
if acc12:
    print(acc12.pop())
print(v3)
del v10[:0]
r29 = f1(v22 % 10)
print(r29)
v30 = 2.5e-3
acc20.extend(range(3))
v31 = ("a-b-c", len(v23))
acc32 = []
for i in range(18):
    acc32.append([i])
print(len(acc32), acc32[-3:])
v33 = v22 % 5
v34 = ("spam eggs", v1 / 7, 2.5e-3, v17 + "  pad  ", 244, 2.5e-3)

# gen.py 30700003 --features errpeaks,core --stmts 100
import sys
import gc
def f1(p0, p1, p2=7):
    acc = [p0, p1, p2]
    for i in range(1):
        acc.append(i)
    return acc
v1 = [-5671, 169566406, 24216, 58736, 459862548]
print(v1)
acc2 = []
i = 0
while i < 14:
    if i % 3 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
if v1:
    print(v1.pop())
acc2.extend(range(5))
v3 = ""
if acc2:
    print(acc2.pop())
del acc2
v1 = [i * 7 for i in range(1)]
v1.extend(range(0))
print(v3)
v4 = 1e10
import tracemalloc
tracemalloc.start()
try:
    1 / 0
except ZeroDivisionError:
    pass
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    range(v4)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v1)
v5 = len(v1)
print(v4)
print(v5)
v1.extend(range(7))
v6 = len(v3)
r7 = f1(216197680, 164, v5 + 200)
print(r7)
v8 = 1062547628
acc9 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
v1.reverse()
v1.reverse()
v10 = v3 * 3
r11 = f1(-3, 646356583, 61)
print(r11)
v1.extend(range(8))
r12 = f1(28, 241, 114)
print(r12)
if v1:
    print(v1.pop())
v13 = (v5 * 4,)
print(type(v6).__name__)
acc14 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
del v1[:3]
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (-5)()
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
if acc14:
    print(acc14.pop())
print(acc14)
v15 = 0.1
r16 = f1(v5 * 6, v6 * 1, 202)
print(r16)
print(type(v6).__name__)
print(type(v8).__name__)
v5 = 251
v17 = {140: v8 // 3, -8: 8529, 226: len(v1), -8: v5 // 2}
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    float(v17)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v17.get(1), list(v17.keys())[:3])
del v1[:3]
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (300) @ (7)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v17.pop(6, None))
print(len(acc9))
print(v17.get(12), list(v17.keys())[:3])
v13 = tuple(v1)
del acc14[:3]
v18 = {125: 24}
print(type(v6).__name__)
v19 = v1 + [v5 + 48]
print(type(v8).__name__)
r20 = f1(v8 * 3, len(v17), v6 + 1037688175)
print(r20)
v21 = -2.25
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (7) in v5
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(v8)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    v6.x
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(len(acc9))
print(len(acc9))
print(type(v17).__name__)
v19.insert(0, v6 // 3)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ("été")[1.5]
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
r22 = f1(-v8, v5 % 10, 42633)
print(r22)
v10 = v10[2:7]
del v19[:2]
print(v10)
v15 = 593.50
v23 = [i * 5 for i in range(11)]
if acc14:
    print(acc14.pop())
v24 = v6 * -1
v25 = (len(acc14), float(v5), v3 + "spam eggs", v10 * 1)
r26 = f1(367582658, v8 * 0, v8 + 1706089386)
print(r26)
print(v21)
v27 = tuple(acc9)
v21 = 100.0
acc28 = []
i = 0
while i < 20:
    if i % 2 == 0:
        acc28.append(i)
    i += 1
print(len(acc28), acc28[-3:])
print(type(v8).__name__)
print(v19)
acc29 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc29.append((i, x))
else:
    acc29.append(None)
print(len(acc29), acc29[-3:])
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    -v17
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
r30 = f1(v8 % 97, v8 + 4, v24 + 254)
print(r30)
print(type(v24).__name__)
acc31 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc31.append((i, x))
else:
    acc31.append(None)
print(len(acc31), acc31[-3:])
v32 = 1e10
print(type(v13).__name__)
v33 = v8 * 0
acc9.extend(range(7))
v34 = list(range(1))
del acc14[:2]
r35 = f1(v24 // -4, 128624706, len(v18))
print(r35)
v17 = {291: -28708, 100: v6 % 2}
v24 = -32008
v36 = 2101085213
print(type(v10).__name__)
print(acc9)
v37 = 1.5
v38 = v24 % 2

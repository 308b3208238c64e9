# gen.py 30700001 --features errpeaks,core --stmts 100
import sys
import gc
def f1(p0, p1=3):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = (116, 0.0, "xxxxxxxxxxxxxxxxx", 100.0)
print(len(v1))
acc2 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc2.append((i, x))
else:
    acc2.append(None)
print(len(acc2), acc2[-3:])
v3 = "Hello World"
print(len(v1))
if acc2:
    print(acc2.pop())
v4 = {110: 2112342811, 184: len(v1), 68: 490, 179: 178}
print(len(acc2))
acc2.extend(range(9))
acc2.insert(2, -84155)
del v4
acc2.reverse()
print(acc2)
del v1
print(len(v3))
import tracemalloc
tracemalloc.start()
try:
    1 / 0
except ZeroDivisionError:
    pass
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ([]) + ((1, 2))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    hash(([]))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
acc2.extend(range(4))
print(len(acc2))
acc2 = []
acc2.insert(-1, 654793137)
r5 = f1(160, 84867)
print(r5)
v6 = v3[2:7]
print(type(v3).__name__)
print(len(v3))
v6 = v6.title()
print(len(v3))
print(len(v3))
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    iter((-5))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
acc2 = v3.split()
acc2.insert(-2, 133)
acc2.insert(-1, 1969667068)
del acc2[:3]
acc7 = []
i = 0
while i < 5:
    if i % 3 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (7).x
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    iter((7))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
acc2 = acc2 + [-86657]
r8 = f1(99, 62075)
print(r8)
acc2.reverse()
v9 = (v3[0:5], v6 + "line\n", 40959, 224, 2.5e-3, "a-b-c")
print(type(v3).__name__)
v10 = acc7 * 1
if v10:
    v10[0] = "café"
v11 = {291: 128}
v12 = v6 + ""
acc13 = []
i = 0
while i < 12:
    if i % 2 == 0:
        acc13.append(i)
    i += 1
print(len(acc13), acc13[-3:])
acc13.append(-4)
del acc2
del v3
v10.extend(range(0))
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    chr((""))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v14 = (104, -2.25, "-".join(str(e) for e in v9))
v15 = "line\n"
acc13 = v10[:]
if acc13:
    acc13[0] = "hello"
print(v9)
print(len(acc7))
v16 = 1.5
print(acc7)
print(type(v16).__name__)
print(type(v9).__name__)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    -("abc")
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
acc7.append(v15 * 3)
print(len(v14))
acc13.extend(range(9))
del acc7[:2]
v10 = [i * 7 for i in range(4)]
v17 = len(v11)
v11.update({1: 7})
v18 = v16 * -2.25
r19 = f1(v17 * 4, v17 // 2)
print(r19)
del v11
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    len((300))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v20 = v17 + -1244
v21 = v6.replace("l", "L")
v22 = v10 + [-v20]
r23 = f1(v17 % 5, v17 * 7)
print(r23)
acc13 = [i * 3 for i in range(7)]
v24 = "ü"
del v24
v25 = f"<{v16}>"
print(type(v14).__name__)
print(len(acc7))
v26 = [[j] * 1 for j in range(4)]
print(type(v10).__name__)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    min(v12, v17)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(v18).__name__)
v26 = acc13 + [len(v21)]
acc27 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc27.append((i, x))
else:
    acc27.append(None)
print(len(acc27), acc27[-3:])
print(v12)
r28 = f1(172, v17 + 17)
print(r28)
v29 = [v20 % 10, v20 // -4, v17 // -4, v17 + 56438, v17 % 10, v20 * -1, 86417, v20 // 7, v20 // 1]
r30 = f1(v17 * 6, len(acc27))
print(r30)
print(type(v17).__name__)
v31 = [v17 // 3, v17 + 2101172592, v17 // -4, v17 + 236, 2107529756, 140]
v22.insert(0, 51815)
v32 = {149: -40610, 21: 557918084, 48: len(v15), 160: v20 * -2, 71: 217, 126: v20 % 5, 225: v20 // 3}
if acc13:
    acc13[0] = repr(v31)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    min(v21, v20)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
if acc7:
    print(acc7.pop())

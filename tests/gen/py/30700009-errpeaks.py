# gen.py 30700009 --features errpeaks,core --stmts 100
import sys
import gc
def f1(p0, p1, p2=3):
    acc = [p0, p1, p2]
    for i in range(6):
        acc.append(i)
    return acc
acc1 = []
i = 0
while i < 8:
    if i % 2 == 0:
        acc1.append(i)
    i += 1
print(len(acc1), acc1[-3:])
v2 = [234]
v3 = "UPPER"
r4 = f1(193, 247, len(acc1))
print(r4)
print(len(v3))
acc5 = []
for i in range(9):
    acc5.append(i * 1000)
print(len(acc5), acc5[-3:])
r6 = f1(4032, 1466073510, 70)
print(r6)
import tracemalloc
tracemalloc.start()
try:
    1 / 0
except ZeroDivisionError:
    pass
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    float(({"a": 1}))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    v2 * 2.5
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v7 = {236: 1830581818, 248: -33574, 92: 107, 3: -80618, 32: len(acc5), 26: 163, 125: 148}
if acc5:
    acc5[0] = "Hello World"
r8 = f1(134, 12044, 97)
print(r8)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    (-5).x
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(acc5).__name__)
v7 = {}
print(len(acc5))
del v7
if v2:
    v2[0] = "hello"
del acc5
r9 = f1(206, 32, 35958)
print(r9)
print(type(acc1).__name__)
print(acc1)
v2.extend(range(2))
v10 = {i: i * i for i in range(12)}
v11 = 410929702
acc12 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
acc13 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
v10 = {49: 212, 209: 1294385758, 17: 138, 296: v11 + -62765}
acc14 = []
i = 0
while i < 3:
    if i % 5 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
print(acc14)
acc1.extend(range(8))
acc15 = []
i = 0
while i < 5:
    if i % 5 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
print(type(acc14).__name__)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ord((7))
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v11 = v11 // -4
v16 = [[j] * 3 for j in range(0)]
print(len(acc14))
acc15.reverse()
print(type(v10).__name__)
print(type(acc13).__name__)
v17 = v11 // 2
del acc14
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ~(0.1)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v18 = list(range(12))
print(len(acc12))
acc15.extend(range(0))
v19 = 100.0
print(v3)
v11 = v17 // 7
v20 = "line\n"
print(len(acc13))
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    round(v3)
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v16 = list(range(5))
acc21 = []
for i in range(1):
    acc21.append([i])
print(len(acc21), acc21[-3:])
print(type(v17).__name__)
v22 = (-v17,)
acc15 = [i * 8 for i in range(9)]
v23 = 1241671012
acc24 = []
i = 0
while i < 20:
    if i % 3 == 0:
        acc24.append(i)
    i += 1
print(len(acc24), acc24[-3:])
print(type(v19).__name__)
del acc1[:0]
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    acc15 + v22
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
v25 = 103
print(len(v3))
print(v23)
v26 = {i: i * i for i in range(2)}
r27 = f1(len(v16), 18, 1103494996)
print(r27)
print(len(v20))
print(v16)
print(v10)
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    v11()
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
print(type(v11).__name__)
v28 = v23 / 7
print(len(v22))
tracemalloc.reset_peak()
ep_c0 = tracemalloc.get_traced_memory()[0]
try:
    ("été") - ("été")
except (TypeError, ValueError, AttributeError) as e:
    ep_c1, ep_p1 = tracemalloc.get_traced_memory()
    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)
if acc1:
    acc1[0] = str(v11)
del v2
print(type(v20).__name__)
acc13.extend(range(6))
v29 = tuple(v16)
v30 = dict(k0=v11 % 10, k1=v23 * 0, k2=v17 % 97, k3=v17 * 6, k4=v25 // -4)
acc1 = v20.split()
r31 = f1(228, -87772, -v11)
print(r31)
v30.update({9: 8})
v32 = v25 // -4
r33 = f1(len(acc13), 7039, v32 // 2)
print(r33)
print(v23)
v34 = acc21 * 2
v23 = v17 + 76392
acc13.append(1682194543)
print(v25)
print(v17)
del r9
print(type(acc21).__name__)
print(v32)
v35 = v17 // 3
del v26
v36 = acc13 * 0
del v28
acc37 = []
for i in range(22):
    acc37.append(str(i))
print(len(acc37), acc37[-3:])

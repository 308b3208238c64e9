# gen.py 34100002 --features walrus,refcount,sizeof,gc,core --stmts 60
import sys
import gc
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = 1e10
print(sys.getsizeof(v1))
v1 = 1.5
print(sys.getsizeof(v1))
v2 = 72
r3 = f1(40)
print(r3)
v4 = v2 / 2
v5 = 1.5
v6 = (2035108346, float(v2), v2 % 97, 52, v2 + 188, 12)
print(sys.getsizeof(v6))
print(v1)
v7 = []
v1 = float(v2)
acc8 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
if acc8:
    acc8[0] = f"<{v1}>"
if acc8:
    acc8[0] = f"<{v2}>"
wl10 = []
w9 = 12
while (w9 := w9 - 2) > 0:
    wl10.append(w9)
print(wl10, w9)
del v6
print(sys.getsizeof(v7))
print(gc.is_tracked(v7))
del v5
print(sys.getrefcount(acc8))
wc12 = [(w11 := x * 2) for x in range(3)]
try:
    print(wc12, w11)
except NameError as e:
    print('NameError', e)
v13 = [v2 % 10, v2 % 5, len(v7), len(wl10), 774125740, v2 * 0]
acc14 = []
for i in range(18):
    acc14.append({i: i})
print(len(acc14), acc14[-3:])
print(gc.is_tracked(v13))
acc14.insert(0, v2 // 7)
print(sys.getsizeof(acc14))
print(any((w15 := x) == -3 for x in [1]), w15)
print(w15)
v16 = {i: i * i for i in range(0)}
wl18 = []
w17 = 7
while (w17 := w17 - 1) > 0:
    wl18.append(w17)
print(wl18, w17)
v19 = [-w15, v2 % 10, 116, -33753]
if (w20 := 334432772) > 33:
    print('yes', w20)
else:
    print('no', w20)
print(type(v19).__name__)
print(sys.getsizeof(v13))
v21 = (v1 * 3.141592653589793, 0.0, "  pad  ", "xxxxxxxxxxxxxxxxxxxxxxxxxxx", "b", 1.5)
v13.extend(range(6))
print(wl18)
if len(w22 := "Hello World") % 2:
    print('yes', w22)
else:
    print('no', w22)
print(sys.getsizeof(acc14))
r23 = f1(-w15)
print(r23)
print(type(v2).__name__)
r24 = f1(213)
print(r24)
v25 = [[j] * 2 for j in range(1)]
v26 = "xxxxxxx"
print(type(v1).__name__)
v21 = (-v2,)
acc27 = []
i = 0
while i < 25:
    if i % 3 == 0:
        acc27.append(i)
    i += 1
print(len(acc27), acc27[-3:])
print(wl18)
print(v2)
v28 = v13 * 2
acc29 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc29.append((i, x))
else:
    acc29.append(None)
print(len(acc29), acc29[-3:])
acc27.reverse()
v30 = (2,)
r31 = f1(w15 * 5)
print(r31)
v7.append(v2 % 5)
print(gc.collect())

# gen.py 34100000 --features walrus,refcount,sizeof,gc,core --stmts 60
import sys
import gc
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = 100.0
print(gc.is_tracked(v1))
v2 = f"<{v1}>"
print(len(v2))
r3 = f1(-53045)
print(r3)
print(len(v2))
print(sys.getsizeof(v1))
def wf4(seq):
    total = 0
    def inner(v):
        nonlocal total
        if (total := total + v) > 9:
            return [z for x in range(3) if (z := x + total) % 2]
        return None
    out = [got for v in seq if (got := inner(v)) is not None]
    return out, total, [last := v for v in seq][-1:] , last if seq else None
print(wf4([8]))
print(any((w5 := x) > 2 for x in [6, 5, 5, 9, -1, -6, -3]), w5)
v6 = "  pad  "
v7 = {i: i * i for i in range(10)}
if 2 in v7:
    del v7[2]
v8 = "a-b-c"
print(v1)
v9 = (w5 % 10, "a", float(w5))
print(type(v7).__name__)
w5 = w5 * 1
v10 = v2[2:4]
v11 = (254080987,)
print(v1)
v7.update({"k3": 6})
print(any((w12 := x) == 1 for x in [-5, 0, -9, -6]), w12)
print(sys.getsizeof(v2))
acc13 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
r14 = f1(-w12)
print(r14)
if (w15 := [i * 7 for i in range(6)]):
    print('yes', w15)
elif (w15 := 1):
    print('elif', w15)
else:
    print('no', w15)
v16 = {34: -w5, 293: w12 * 6}
if 8 in v16:
    del v16[8]
print(v7.pop("k3", None))
def wf17(seq):
    total = 0
    def inner(v):
        nonlocal total
        if (total := total + v) > 12:
            return [z for x in range(3) if (z := x + total) % 2]
        return None
    out = [got for v in seq if (got := inner(v)) is not None]
    return out, total, [last := v for v in seq][-1:] , last if seq else None
print(wf17([1, 3]))
print(wf17.__code__.co_varnames, wf17.__code__.co_cellvars)
if (w18 := (v10[2:2], -w5)) and w18[0]:
    print('yes', w18)
else:
    print('no', w18)
acc19 = []
for i in range(24):
    acc19.append(i)
print(len(acc19), acc19[-3:])
print(sys.getsizeof(v7))
if acc13:
    print(acc13.pop())
w12 = 6
wl21 = []
w20 = 0
while (w20 := w20 - 3) > 0:
    wl21.append(w20)
print(wl21, w20)
print(sys.getsizeof(v11))
print(sys.getsizeof(w12))
if 1 in v7:
    del v7[1]
acc19.reverse()
print(gc.is_tracked(v10))
print(v7.get(11), list(v7.keys())[:3])
v7.update({10: 9})
print(gc.collect())
print(v16.pop("k6", None))
v22 = {}
print(sys.getsizeof(v1))
wc24 = {x: (w23 := str(x) * 2) for x in range(1)}
try:
    print(wc24, w23)
except NameError as e:
    print('NameError', e)
print(sys.getsizeof(wc24))
v1 = float(w5)
wc26 = [y for x in range(5) if (y := x % 2) and (w25 := x)]
try:
    print(wc26, w25)
except NameError as e:
    print('NameError', e)
wc28 = [y for x in range(0) if (y := x % 4) and (w27 := x)]
try:
    print(wc28, w27)
except NameError as e:
    print('NameError', e)
v9 = (1.5, 1181279267, 0.1, w12 // -4)
v2 = str(w12)
v22 = {178: 58411, 74: w12 % 97, 136: len(v10)}
v7["k4"] = []
print(len(gc.get_referents(v22)))
v29 = {"k0": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "k1": "line\n"}
r30 = f1(w12 * 4)
print(r30)
print(gc.collect())

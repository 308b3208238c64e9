# gen.py 34100003 --features walrus,refcount,sizeof,gc,core --stmts 60
import sys
import gc
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
v1 = -44746
wc3 = [y for x in range(8) if (y := x % 4) and (w2 := x)]
try:
    print(wc3, w2)
except NameError as e:
    print('NameError', e)
del wc3
r4 = f1(90533, -v1, v1 * 6)
print(r4)
v5 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
def wf6(seq):
    total = 0
    def inner(v):
        nonlocal total
        if (total := total + v) > 14:
            return [z for x in range(3) if (z := x + total) % 2]
        return None
    out = [got for v in seq if (got := inner(v)) is not None]
    return out, total, [last := v for v in seq][-1:] , last if seq else None
print(wf6([9, 15, 7, 5, 13, 13]))
print(wf6.__code__.co_varnames, wf6.__code__.co_cellvars)
r7 = f1(-v1, 1501319156, v1 + 50)
print(r7)
v8 = (-v1, v1 / 3, repr(v1))
v9 = {}
v8 = (v1 // -4,)
if 7 in v9:
    del v9[7]
print(sys.getsizeof(v8))
print(type(v1).__name__)
print(gc.is_tracked(v1))
r10 = f1(v1 % 5, v1 % 10, -85429)
print(r10)
r11 = f1(147, len(v8), v1 % 97)
print(r11)
v12 = v5[3:4]
def wf13(seq):
    total = 0
    def inner(v):
        nonlocal total
        if (total := total + v) > 9:
            return [z for x in range(3) if (z := x + total) % 2]
        return None
    out = [got for v in seq if (got := inner(v)) is not None]
    return out, total, [last := v for v in seq][-1:] , last if seq else None
print(wf13([12, 13, 15, 2, 6]))
print(wf13.__code__.co_varnames, wf13.__code__.co_cellvars)
print(gc.is_tracked(v8))
r14 = f1(399002313, v1 // 3, len(v8))
print(r14)
print(len(v5))
print(w15 := -v1, w15)
print(v9)
print(type(v12).__name__)
v16 = [v1 % 2, v1 * 4, v1 + 152, v1 % 97]
print(type(v8).__name__)
print(v5)
print(w17 := [i * 1 for i in range(6)], w17)
v16.append(85927)
print(sys.getsizeof(v8))
print(gc.is_tracked(v1))
print(type(v1).__name__)
v18 = (2.5e-3, str(v1), 57475, v1 / 2, f"<{v1}>")
v5 = str(v1)
v19 = v5.swapcase()
print(sys.getsizeof(v5))
print(v9.get(6), list(v9.keys())[:3])
v8 = (len(v16), v1 * 0, v1 // 1, 1559441391)
print(len(v8))
v20 = {254: len(v5), 13: v1 % 97, 298: -6930, 203: len(v18), 126: v1 // -4}
print(v9.get("k1"), list(v9.keys())[:3])
v21 = v12 * 0
wc23 = [(w22 := x * 1) for x in range(6)]
try:
    print(wc23, w22)
except NameError as e:
    print('NameError', e)
print(v20.get(6), list(v20.keys())[:3])
print(len(v12))
def wf24(seq):
    total = 0
    def inner(v):
        nonlocal total
        if (total := total + v) > 4:
            return [z for x in range(3) if (z := x + total) % 2]
        return None
    out = [got for v in seq if (got := inner(v)) is not None]
    return out, total, [last := v for v in seq][-1:] , last if seq else None
print(wf24([-1]))
v25 = 0.1
print(v5)
v16.extend(range(5))
print(type(v19).__name__)
v20[0] = v16 + [-v1]
v26 = (97194, float(v1), v1 / 3, v19 * 1)
r27 = f1(-80611, len(v19), v1 % 2)
print(r27)
acc28 = []
i = 0
while i < 15:
    if i % 2 == 0:
        acc28.append(i)
    i += 1
print(len(acc28), acc28[-3:])
del v21
v29 = "café"
print(gc.collect())

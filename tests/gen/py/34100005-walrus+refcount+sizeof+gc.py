# gen.py 34100005 --features walrus,refcount,sizeof,gc,core --stmts 60
import sys
import gc
def f1():
    acc = []
    return acc
v1 = {}
r2 = f1()
print(r2)
print(sys.getsizeof(v1))
v3 = len(v1)
v4 = "xxxxxx"
print(sys.getsizeof(v4))
v5 = "spam eggs"
if 1 in v1:
    del v1[1]
del r2
print(sys.getsizeof(v5))
v6 = [301954272, 215, -v3, v3 + 234, 57, v3 * 5, 74054, -61600, v3 % 97]
v5 = v5.title()
acc7 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
v1 = {i: i * i for i in range(8)}
v6.append(20147)
del v6
print(type(v3).__name__)
acc8 = []
for i in range(8):
    acc8.append(i * 1000)
print(len(acc8), acc8[-3:])
print(sys.getsizeof(acc7))
if acc7:
    print(acc7.pop())
print(len(gc.get_referents(v1)))
del v5
v9 = (v3 % 97, -v3)
v10 = dict(k0=len(v1), k1=-56572, k2=v3 * 3, k3=193)
print(w11 := "a-b-c", w11)
print(sys.getsizeof(v3))
del acc8
v12 = float(v3)
v12 = v12 * 304.69
del w11
v13 = [120, v3 * 3, 32, 49, v3 + -54793, 59, 22]
v4 = repr(v12)
v14 = v3 // 3
v15 = float(v14)
def wf16(seq):
    total = 0
    def inner(v):
        nonlocal total
        if (total := total + v) > 5:
            return [z for x in range(3) if (z := x + total) % 2]
        return None
    out = [got for v in seq if (got := inner(v)) is not None]
    return out, total, [last := v for v in seq][-1:] , last if seq else None
print(wf16([-2, 5, 5, 0, -5]))
print(wf16.__code__.co_varnames, wf16.__code__.co_cellvars)
acc7.extend(range(2))
print(sys.getsizeof(v9))
def wf17(seq):
    total = 0
    def inner(v):
        nonlocal total
        if (total := total + v) > 20:
            return [z for x in range(3) if (z := x + total) % 2]
        return None
    out = [got for v in seq if (got := inner(v)) is not None]
    return out, total, [last := v for v in seq][-1:] , last if seq else None
print(wf17([9, 14]))
del v13
v3 = v14 + 1639637976
print(v3)
del v15
wl19 = []
w18 = 6
while (w18 := w18 - 1) > 0:
    wl19.append(w18)
print(wl19, w18)
if "k3" in v1:
    del v1["k3"]
print(wl19)
acc7.insert(0, -78471)
print(sys.getsizeof(wl19))
v20 = str(v12)
print(all((w21 := x) > 2 for x in [-7, 9, 5, 3, 6, -5]), w21)
print(v1.get(12), list(v1.keys())[:3])
if wl19:
    wl19[0] = repr(v12)
print(sys.getrefcount(v10))
v22 = {145: -w21, 110: -w21, 88: len(v1)}
print(type(w21).__name__)
print(sys.getrefcount(v1))
print(v14)
print(gc.is_tracked(v20))
print(type(wl19).__name__)
print(gc.collect())

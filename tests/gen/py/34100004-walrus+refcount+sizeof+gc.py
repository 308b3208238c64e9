# gen.py 34100004 --features walrus,refcount,sizeof,gc,core --stmts 60
import sys
import gc
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
def wf1(seq):
    total = 0
    def inner(v):
        nonlocal total
        if (total := total + v) > 8:
            return [z for x in range(3) if (z := x + total) % 2]
        return None
    out = [got for v in seq if (got := inner(v)) is not None]
    return out, total, [last := v for v in seq][-1:] , last if seq else None
print(wf1([7, -4, 10, 1]))
v2 = {241: -38695, 142: 95, 284: 857877816, 280: 90, 191: 1555634339, 65: 207}
v2[1] = ""
v3 = (1e10, "UPPER", -2.25, "abc123")
print(len(v3))
del v3
print(gc.collect())
def wf4(seq):
    total = 0
    def inner(v):
        nonlocal total
        if (total := total + v) > 20:
            return [z for x in range(3) if (z := x + total) % 2]
        return None
    out = [got for v in seq if (got := inner(v)) is not None]
    return out, total, [last := v for v in seq][-1:] , last if seq else None
print(wf4([-5, 14, 6, 14, 6]))
print(wf4.__code__.co_varnames, wf4.__code__.co_cellvars)
v5 = -2.25
print(any((w6 := x) < 2 for x in [9]), w6)
print(v2.get("k0"), list(v2.keys())[:3])
v7 = [[j] * 2 for j in range(0)]
print(v5)
print(gc.is_tracked(v2))
acc8 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
del acc8
del v7[:1]
wc10 = sum((w9 := x + 9) for x in [0, 1, 1, -6, 2, 6, -9])
try:
    print(wc10, w9)
except NameError as e:
    print('NameError', e)
v11 = "a-b-c"
v12 = 0.0
v13 = 0.0
acc14 = []
for i in range(14):
    acc14.append([i])
print(len(acc14), acc14[-3:])
v15 = (w6 // 3, v11.replace("l", "L"), v11.swapcase(), 3.141592653589793)
if (w16 := v11.split()):
    print('yes', w16)
else:
    print('no', w16)
v2.update({1: 1})
w6 = w6 * 2
v7.extend(range(1))
print(len(acc14))
del v7
print(v12)
acc17 = []
i = 0
while i < 19:
    if i % 5 == 0:
        acc17.append(i)
    i += 1
print(len(acc17), acc17[-3:])
v2 = {"k0": v11 * 3, "k1": v11[3:4]}
print(len(gc.get_referents(acc14)))
print(gc.is_tracked(v12))
print(len(acc14))
v18 = {"k0": len(v2), "k1": w6 % 2, "k2": 82471, "k3": "-".join(str(e) for e in acc17), "k4": v11.replace("l", "L")}
print(sys.getsizeof(v18))
v19 = v11 * 2
print(sys.getsizeof(v11))
print(v2.pop(10, None))
print(sys.getsizeof(v5))
acc17.insert(-2, w6 % 5)
acc17.insert(-1, w6 + 158641572)
acc20 = []
for i in range(3):
    acc20.append((i, i))
print(len(acc20), acc20[-3:])
print(sys.getsizeof(acc14))
print(w6)
acc21 = []
for i in range(17):
    acc21.append(i * 1000)
print(len(acc21), acc21[-3:])
acc17.reverse()
print(w22 := "-".join(str(e) for e in acc17), w22)
if acc17:
    acc17[0] = "Hello World"
if acc21:
    acc21[0] = v19 + "b"
v23 = ()
def wf24(seq):
    total = 0
    def inner(v):
        nonlocal total
        if (total := total + v) > 2:
            return [z for x in range(3) if (z := x + total) % 2]
        return None
    out = [got for v in seq if (got := inner(v)) is not None]
    return out, total, [last := v for v in seq][-1:] , last if seq else None
print(wf24([14, 7, 14, 6]))
print(wf24.__code__.co_varnames, wf24.__code__.co_cellvars)
w6 = w6 + 44914
print(w25 := w6 + 24, w25)
v23 = (w6 * 6,)
if (w26 := v19.split()):
    print('yes', w26)
else:
    print('no', w26)
print(v5)
print(gc.collect())

# gen.py 34100001 --features walrus,refcount,sizeof,gc,core --stmts 60
import sys
import gc
def f1(p0, p1=8):
    acc = [p0, p1]
    for i in range(6):
        acc.append(i)
    return acc
v1 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
v2 = "中文"
v3 = (73, -97421, 3.141592653589793, "xxxxxxxxxxxxxxxxxxxx")
v4 = [237749519, 192, 181]
print(sys.getsizeof(v2))
print(sys.getsizeof(v4))
v1 = repr(v3)
v5 = v4[:]
v3 = (1e10, 80, 100.0)
r6 = f1(len(v5), len(v2))
print(r6)
print(len(v3))
acc7 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
print(sys.getsizeof(acc7))
v4.insert(-1, 2023947816)
del v1
print(gc.is_tracked(v5))
v8 = {"k0": len(acc7), "k1": "hello", "k2": 233, "k3": 606600868, "k4": 1717650581, "k5": 1856567708}
v9 = 1e10
if v4:
    v4[0] = str(v9)
print(len(v8))
print(v3)
if acc7:
    print(acc7.pop())
r10 = f1(38, len(v8))
print(r10)
print(type(v9).__name__)
print(sys.getrefcount(v5))
v11 = dict(k0=-8426)
print(gc.is_tracked(v4))
print(sys.getsizeof(v3))
del acc7
print(v9)
v8["k4"] = 1023981895
v12 = 1e10
v8.update({"k4": 9})
v13 = 100.0
acc14 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
v4.extend(range(8))
print(sys.getsizeof(v11))
print(any((w15 := x) == -2 for x in [-5, 0, -2, 7, 6, 9]), w15)
r16 = f1(125, 36)
print(r16)
r17 = f1(-22678, w15 + 129)
print(r17)
print(sys.getrefcount(v4))
v18 = ""
print(sys.getsizeof(v2))
del acc14[:1]
print(v8.pop(12, None))
print(type(v8).__name__)
print(v5)
v19 = "abc123"
v5 = [w15 / -8, w15 // 1, w15 * 4]
v20 = [len(v19), -w15, w15 // 1, w15 % 10, w15 // 7, 37]
v8.update({4: 1})
if "k1" in v11:
    del v11["k1"]
v21 = {}
del v20
r22 = f1(18, -w15)
print(r22)
r23 = f1(1171296051, len(v11))
print(r23)
print(v4)
print(w15)
print(gc.collect())

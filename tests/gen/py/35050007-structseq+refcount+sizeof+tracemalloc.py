# gen.py 35050007 --features structseq,refcount,sizeof,tracemalloc,core --stmts 60
import sys
import gc
def f1(p0):
    acc = [p0]
    for i in range(5):
        acc.append(i)
    return acc
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm1 = []
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm1.append("")
v2 = {"k0": 286240837, "k1": 486984755, "k2": "  pad  ", "k3": "b"}
v3 = repr(tm1)
print(type(tm1).__name__)
tm1.insert(-2, 217)
r4 = f1(70)
print(r4)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm5 = v3.replace("l", "L")
tm5 = [tm5 for _ in range(3)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc6 = []
i = 0
while i < 25:
    if i % 5 == 0:
        acc6.append(i)
    i += 1
print(len(acc6), acc6[-3:])
v2["k6"] = "-".join(str(e) for e in tm5)
print(len(acc6))
acc7 = []
i = 0
while i < 19:
    if i % 3 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
print(type(tm1).__name__)
try:
    print(type(sys.int_info)(tuple(sys.int_info)) == sys.int_info)
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(type(acc7).__name__)
acc6.reverse()
sq8, *sq9 = sys.version_info
print(sq8, sq9)
print(sys.getrefcount(acc6))
r10 = f1(1346090755)
print(r10)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm11 = v3.replace("l", "L")
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm5.reverse()
v12 = ""
try:
    print(hash(sys.float_info) == hash(tuple(sys.float_info)))
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
acc6.reverse()
v13 = {}
print(type(tm11).__name__)
v14 = 100.0
del tm1
del r10
v15 = v14 * 1.5
print(sys.getsizeof(tm11))
v13 = {}
v16 = -66417
print(v15)
print(sys.getsizeof(v15))
r17 = f1(v16 + 1243545769)
print(r17)
acc18 = []
for i in range(3):
    acc18.append([i])
print(len(acc18), acc18[-3:])
if acc18:
    acc18[0] = v3.replace("l", "L")
if tm5:
    print(tm5.pop())
v19 = -2.25
tm5.extend(range(3))
v20 = [i * 6 for i in range(6)]
v21 = acc18 * 3
v22 = tm11 + "a-b-c"
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm23 = {117: v16 // -4, 11: 1100406402}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
try:
    print(type(sys.version_info)(tuple(sys.version_info)) == sys.version_info)
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    print(sys.getsizeof(sys.version_info), sys.getsizeof(sys.version_info[:0]))
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm24 = ()
tm24 = [tm24 for _ in range(10)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm24
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc25 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc25.append((i, x))
else:
    acc25.append(None)
print(len(acc25), acc25[-3:])
print(v16)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm26 = [v16 * 7, 61530, v16 // -4, -v16, v16 * 6, v16 // -4, v16 + 182, v16 // 7]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm26
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(sys.getsizeof(acc6))
v20.extend(range(5))
v27 = tuple(v21)
print(len(v22))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm28 = (-2.25, 0.0, v16 % 5, float(v16), tm11 * 3)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm28
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc18 = v22.split()
acc29 = []
i = 0
while i < 11:
    if i % 5 == 0:
        acc29.append(i)
    i += 1
print(len(acc29), acc29[-3:])
print(v12)
acc30 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc30.append((i, x))
else:
    acc30.append(None)
print(len(acc30), acc30[-3:])

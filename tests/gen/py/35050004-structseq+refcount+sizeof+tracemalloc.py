# gen.py 35050004 --features structseq,refcount,sizeof,tracemalloc,core --stmts 60
import sys
import gc
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
sq1 = sys.version_info
print(sys.getrefcount(sq1), sys.getrefcount(sys.version_info))
del sq1
acc2 = []
for i in range(21):
    acc2.append(i)
print(len(acc2), acc2[-3:])
acc3 = []
for i in range(10):
    acc3.append((i, i))
print(len(acc3), acc3[-3:])
v4 = 134
acc3.extend(range(2))
del acc3
print(sys.getsizeof(v4))
v5 = "a"
del acc2
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm6 = (float(v4), v4 // 2, 1039120674, 1039769146)
tm6 = [tm6 for _ in range(11)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm6
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v7 = "snake_case"
v7 = "b"
r8 = f1(len(v7))
print(r8)
v9 = []
print(type(v4).__name__)
v10 = len(v7)
sq11, *sq12 = sys.hash_info
print(sq11, sq12)
v13 = v4 // 2
print(sys.getsizeof(v9))
v9.extend(range(9))
r14 = f1(-65339)
print(r14)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = {i: i * i for i in range(10)}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(type(v4).__name__)
print(v4)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = str(v10)
tm16 = [tm16 for _ in range(24)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
if "k4" in tm15:
    del tm15["k4"]
sq17, *sq18 = sys.float_info
print(sq17, sq18)
print(v10)
v19 = float(v10)
v20 = {}
print(tm15.get(3), list(tm15.keys())[:3])
print(type(tm16).__name__)
try:
    print(sys.thread_info.missing_)
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = "abc123"
tm21 = [tm21 for _ in range(36)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm21
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
try:
    print(sys.float_info[11])
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
v19 = 966.80
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = []
tm22 = [tm22 for _ in range(12)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc23 = []
i = 0
while i < 23:
    if i % 2 == 0:
        acc23.append(i)
    i += 1
print(len(acc23), acc23[-3:])
v24 = 249346366
print(sys.getrefcount(acc23))
acc25 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc25.append((i, x))
else:
    acc25.append(None)
print(len(acc25), acc25[-3:])
v26 = v10 % 10
v27 = v7[1:2]
v28 = v5 + "€"
acc29 = []
for i in range(16):
    acc29.append((i, i))
print(len(acc29), acc29[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm30 = {i: i * i for i in range(6)}
tm30 = [tm30 for _ in range(1)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v31 = ()
v7 = v28 + "snake_case"
v32 = v4 + -70536
print(sys.getrefcount(tm15))
v33 = float(v32)
v33 = 748.95
v31 = (v10 / 7, "tab\t", v13 * 2)
sq34 = sys.float_info
print(sys.getrefcount(sq34), sys.getrefcount(sys.float_info))
del sq34
del tm30[:3]
print(sys.getsizeof(v9))
print(v9)
acc35 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc35.append((i, x))
else:
    acc35.append(None)
print(len(acc35), acc35[-3:])
print(sys.getsizeof(tm30))

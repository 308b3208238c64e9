# gen.py 35050002 --features structseq,refcount,sizeof,tracemalloc,core --stmts 60
import sys
import gc
def f1():
    acc = []
    for i in range(4):
        acc.append(i)
    return acc
v1 = 180
v2 = "a"
acc3 = []
for i in range(10):
    acc3.append(i * 1000)
print(len(acc3), acc3[-3:])
v4 = {}
print(type(v1).__name__)
print(sys.getsizeof(v4))
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm5 = list(range(0))
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v4 = {261: v1 * 4, 109: len(tm5), 280: len(v2)}
v4.update({1: 3})
acc6 = []
i = 0
while i < 13:
    if i % 3 == 0:
        acc6.append(i)
    i += 1
print(len(acc6), acc6[-3:])
v4 = {}
v2 = "  pad  "
print(sys.getsizeof(acc3))
del acc3
print(type(v4).__name__)
acc6.extend(range(0))
v4 = {"k0": str(v1), "k1": v1 % 97, "k2": "中文"}
r7 = f1()
print(r7)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm8 = {}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(type(v1).__name__)
print(sys.getrefcount(tm8))
r9 = f1()
print(r9)
del v2
del tm8
try:
    sys.version_info.serial = 0
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(len(acc6))
v4 = {i: i * i for i in range(2)}
print(len(acc6))
print(sys.getrefcount(tm5))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm10 = list(range(8))
tm10 = [tm10 for _ in range(38)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm10
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(sys.getsizeof(acc6))
acc11 = []
for i in range(1):
    acc11.append(str(i))
print(len(acc11), acc11[-3:])
v12 = repr(acc11)
print(acc11)
v4["k2"] = acc6 * 0
try:
    print(sys.int_info[-2:-1], sys.int_info[::-1])
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
v13 = (v1 * 4,)
try:
    print(sys.thread_info.index(sys.thread_info[1]), sys.thread_info.count(sys.thread_info[0]), sys.thread_info[0] in sys.thread_info)
except (IndexError, AttributeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v12))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = str(v1)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
r15 = f1()
print(r15)
v16 = f"<{v1}>"
v17 = float(v1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm18 = ()
tm18 = [tm18 for _ in range(32)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm18
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(tm14)
r19 = f1()
print(r19)
sq20, *sq21 = sys.int_info
print(sq20, sq21)
acc22 = []
i = 0
while i < 25:
    if i % 4 == 0:
        acc22.append(i)
    i += 1
print(len(acc22), acc22[-3:])
if acc6:
    print(acc6.pop())
print(v1)
print(sys.getsizeof(tm5))
print(type(v4).__name__)
tm5.append(v1 + 404519490)
acc23 = []
i = 0
while i < 17:
    if i % 5 == 0:
        acc23.append(i)
    i += 1
print(len(acc23), acc23[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm24 = tm14[2:4]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm24
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v25 = tuple(tm5)
v4[9] = acc22[:]
print(sys.getsizeof(tm5))
v26 = 152
print(sys.getsizeof(v17))

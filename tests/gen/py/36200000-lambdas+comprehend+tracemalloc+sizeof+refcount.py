# gen.py 36200000 --features lambdas,comprehend,tracemalloc,sizeof,refcount,core --stmts 40
import sys
import gc
def f1(p0, p1=5):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
recs1 = [(8, 'ann', 1e10), (-6, 'cid', 0.0), (-2, 'ann', -2.25), (-9, 'Bob', 0.1), (2, 'bob', 0.1)]
print(sorted(recs1, key=lambda t: t[1], reverse=True))
print(type(recs1).__name__)
sc2 = {x % 3 for x in range(25) if x % 2}
print(sorted(sc2), len(sc2))
print(sys.getsizeof(sc2))
print(sys.getrefcount(recs1))
ge3 = (x * 2 for x in range(3) if x != 2)
print(next(ge3, 'done'))
print(list(ge3), list(ge3))
del ge3
v4 = [i * 7 for i in range(8)]
v5 = [181, 101]
recs1.append(repr(recs1))
v4.extend(range(5))
v6 = {}
v4.insert(0, 98)
try:
    dc7 = {x: i for i, x in enumerate(v5)}
except TypeError as e:
    dc7 = 'TypeError: ' + str(e)
try:
    print(dc7, len(dc7))
except TypeError as e:
    print('TypeError', e)
print(sys.getsizeof(v6))
v8 = len(recs1)
print(v5)
v5 = list(range(4))
print(sys.getrefcount(recs1))
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm9 = tuple(recs1)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del v6
acc10 = []
for i in range(0):
    acc10.append([i])
print(len(acc10), acc10[-3:])
del v4
v11 = ("中文", len(recs1), "café")
r12 = f1(len(acc10), v8 + -95740)
print(r12)
print(type(recs1).__name__)
v13 = (v8 * 7, 73, -56321, v8 // 2)
fs14 = [lambda x, i=i: x + i for i in range(2)]
print([f(28) for f in fs14])
print(sys.getsizeof(v11))
del v5
v15 = (v8 / -8, 569.37)
v16 = "abc123"
try:
    print(max(recs1, key=lambda x: (type(x).__name__, str(x)), default=-1))
except TypeError as e:
    print('TypeError', e)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
grid17 = [[(i, j) for j in range(2)] for i in range(3) if i % 2 == 0]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('grid grid17', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(grid17)
print([x for row in grid17 for x in row])
print(sys.getsizeof(grid17), [sys.getsizeof(row) for row in grid17])
r18 = f1(v8 // 2, len(v15))
print(r18)
print(len(v16))
recs1.reverse()
v19 = {119: v8 % 2, 223: 160, 167: 671527154}
try:
    print(sorted([None, 'a', 1, -4, -4], key=lambda x: 1 / (x - x)))
except (TypeError, ZeroDivisionError, AttributeError, KeyError) as e:
    print(type(e).__name__, e)
v20 = v8 / 3
print(v19.pop("k5", None))
try:
    print(sum((-x for x in range(4))))
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)

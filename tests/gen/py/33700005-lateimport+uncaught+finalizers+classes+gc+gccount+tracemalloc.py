# gen.py 33700005 --features lateimport,uncaught,finalizers,classes,gc,gccount,tracemalloc,core --stmts 60
import sys
class C1:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(3):
        acc.append(i)
    return acc
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm1 = {}
tm1 = [tm1 for _ in range(21)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm1
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm2 = {115: 24, 284: 183, 284: 343993737, 218: -18546, 178: 19975}
tm2 = [tm2 for _ in range(37)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm2
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v3 = 41555
print(type(v3).__name__)
import gc
print(gc.is_tracked(v3))
v4 = []
v4.extend(range(5))
del v4[:2]
v5 = C1(v3 // 3)
v6 = 22060
v5 = C1(v3 % 97)
v7 = f"<{v6}>"
v3 = v3 % 5
v8 = C1(122)
print(type(v8).__name__)
v9 = ("snake_case", 3.141592653589793, -83210)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm10 = v7.replace("l", "L")
tm10 = [tm10 for _ in range(35)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(len(tm10))
print(type(tm10).__name__)
v11 = C1(672388103)
print(gc.is_tracked(v11))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm12 = tm10 + [46]
tm12 = [tm12 for _ in range(17)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v13 = (v6 % 2,)
gc.collect()
print(gc.get_count())
print(type(v4).__name__)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = "€"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm14
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v8 = C1(v6 + -89925)
v5 = C1(575135777)
print(len(v9))
del v5
print(type(v8).__name__)
print(type(v13).__name__)
o15 = C1(6322)
o16 = C1(v6 + -51168)
o15.other = o16
o16.other = o15
del o15, o16
print(gc.collect())
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm17 = [i * 7 for i in range(5)]
tm17 = [tm17 for _ in range(7)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm12.extend(range(4))
acc18 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
v19 = dict(k0=788772890, k1=v3 * -2, k2=v3 % 10)
tm17.append(repr(v13))
v20 = (v3 + 896742590,)
print(len(v13))
v4.extend(range(2))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = {i: i * i for i in range(4)}
tm21 = [tm21 for _ in range(12)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = dict(k0=v3 + 216)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm22
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(len(tm21))
print(type(v13).__name__)
v23 = float(v3)
v4.reverse()
del v4[:0]
v24 = v7[3:4]
v25 = 153
print(gc.is_tracked(v23))
v7 = v7.swapcase()
r26 = f1(-51732, v25 + 922982152, v25 + 182)
print(r26)
print(len(v20))
print(len(gc.get_referents(v4)))
tm10.append(v3 % 5)
v8 = C1(len(acc18))
acc27 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc27.append((i, x))
else:
    acc27.append(None)
print(len(acc27), acc27[-3:])
del v19
print(type(tm12).__name__)
print(gc.collect())
class Held_:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del Held_', self.tag)
c1_, c2_ = Held_('c1'), Held_('c2')
c1_.peer, c2_.peer = c2_, c1_
del c1_, c2_
def fail_(n):
    h = Held_(n)
    items = [h, n]
    return h.missing
print('before')
fail_(118)

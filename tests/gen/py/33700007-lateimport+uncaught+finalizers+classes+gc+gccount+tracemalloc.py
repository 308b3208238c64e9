# gen.py 33700007 --features lateimport,uncaught,finalizers,classes,gc,gccount,tracemalloc,core --stmts 60
import sys
class C1:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = tuple(acc)
    return acc
v1 = 2.5e-3
v2 = 1e10
v3 = "café"
o4 = C1(72)
o5 = C1(len(v3))
o4.other = o5
o5.other = o4
print(type(o4).__name__)
print(v3)
import gc
print(gc.is_tracked(o4))
print(v2)
v6 = [repr(v1), 21]
acc7 = []
i = 0
while i < 13:
    if i % 3 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
gc.collect()
print(gc.get_count())
acc8 = []
for i in range(3):
    acc8.append({i: i})
print(len(acc8), acc8[-3:])
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm9 = list(range(7))
tm9 = [tm9 for _ in range(11)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm9
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
o10 = C1(-30416)
o11 = C1(1395801476)
o10.other = o11
o11.other = o10
del o10, o11
print(gc.collect())
if v6:
    print(v6.pop())
del v6[:2]
del acc8
v12 = 34851
gc.collect()
print(gc.get_count())
print(v1)
print(v12)
print(len(v3))
print(acc7)
o13 = C1(10)
o14 = C1(126)
o13.other = o14
o14.other = o13
del o13, o14
print(gc.collect())
acc15 = []
i = 0
while i < 16:
    if i % 2 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
v16 = "café"
gc.collect()
print(gc.get_count())
del acc7[:1]
acc17 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc17.append((i, x))
else:
    acc17.append(None)
print(len(acc17), acc17[-3:])
print(gc.is_tracked(v12))
acc7.reverse()
print(v12)
v18 = 37632
print(len(gc.get_referents(acc17)))
o19 = C1(56769)
o20 = C1(len(v16))
o19.other = o20
o20.other = o19
del o19, o20
print(gc.collect())
v6.insert(3, len(acc7))
del acc17[:1]
acc7.extend(range(7))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = acc7[:]
tm21 = [tm21 for _ in range(27)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm21
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = (v18 % 5, str(v18))
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm22
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v2 = v1 * -2.25
r23 = f1()
print(r23)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm24 = (v12 // 3,)
tm24 = [tm24 for _ in range(14)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc17.insert(-2, v18 * 2)
acc7 = []
v25 = C1(789880503)
print(len(v3))
v26 = {}
v27 = (334346763,)
print(type(v1).__name__)
v27 = (v18 % 97,)
v27 = tuple(tm24)
r28 = f1()
print(r28)
v29 = "a-b-c"
v30 = C1(74)
v26[8] = acc17[:]
print(len(v26))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm31 = (109,)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm32 = tm24[:]
tm32 = [tm32 for _ in range(4)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm32
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
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
    return int('x%d' % n)
print('before')
fail_(61)

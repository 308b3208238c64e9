# gen.py 33700002 --features lateimport,uncaught,finalizers,classes,gc,gccount,tracemalloc,core --stmts 60
import sys
class C1:
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    return acc
o1 = C1(100)
o2 = C1(684706163)
o1.other = o2
o2.other = o1
del o1, o2
import gc
print(gc.collect())
r3 = f1(229)
print(r3)
acc4 = []
for i in range(16):
    acc4.append(i)
print(len(acc4), acc4[-3:])
del acc4[:1]
del acc4
v5 = (0.1, 8, -2.25, -69818, "abc123", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
v6 = C1(161)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm7 = dict(k0=1306474513, k1=54, k2=1990995648, k3=167, k4=65132)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm7
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(v6.a, v6.total())
print(type(v5).__name__)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm8 = {}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm8
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v9 = 0.1
print(gc.collect())
v10 = 78824
acc11 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
if acc11:
    print(acc11.pop())
acc12 = []
for i in range(18):
    acc12.append(i * 1000)
print(len(acc12), acc12[-3:])
acc12.insert(-1, v10 % 97)
v13 = len(acc11)
print(v9)
r14 = f1(len(v5))
print(r14)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = dict(k0=-v13, k1=-v13, k2=1328437926, k3=v13 // 2)
tm15 = [tm15 for _ in range(27)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = "spam eggs"
tm16 = [tm16 for _ in range(16)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
if tm15:
    tm15[0] = f"<{v9}>"
v17 = float(v10)
print(len(acc11))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm18 = "a"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm18
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
del r14
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm19 = (len(tm16), "-".join(str(e) for e in v5), "abc123")
tm19 = [tm19 for _ in range(14)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc12.extend(range(9))
v17 = v9 * 0.0
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = dict(k0=v10 * -1, k1=224, k2=25, k3=v13 // 7, k4=v10 + -72375)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm20
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm16.extend(range(1))
print(gc.is_tracked(v9))
gc.collect()
print(gc.get_count())
v21 = float(v13)
print(len(gc.get_referents(acc11)))
v22 = tm16 + [-v10]
print(len(gc.get_referents(v5)))
v23 = repr(v17)
print(v17)
acc12 = v23.split()
if tm19:
    print(tm19.pop())
tm19.insert(3, v13 * -3)
print(tm19)
print(type(acc12).__name__)
v23 = "UPPER"
acc24 = []
i = 0
while i < 7:
    if i % 4 == 0:
        acc24.append(i)
    i += 1
print(len(acc24), acc24[-3:])
print(gc.is_tracked(v22))
print(acc12)
acc25 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc25.append((i, x))
else:
    acc25.append(None)
print(len(acc25), acc25[-3:])
print(gc.is_tracked(v23))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm26 = "ü"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(type(v13).__name__)
v27 = ("snake_case", v21 * 0.1, v23[1:5])
acc11.insert(2, 28)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm28 = "xxxxxxxxxxxxxxxxxx"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(type(v5).__name__)
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
    return items[n]
print('before')
fail_(162)

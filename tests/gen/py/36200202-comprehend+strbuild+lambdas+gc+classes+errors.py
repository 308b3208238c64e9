# gen.py 36200202 --features comprehend,strbuild,lambdas,gc,classes,errors,core --stmts 40
import sys
import gc
class C1:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = C1(67)
print(v1.a, v1.total())
sb2 = 'Beta Beta'
print(repr(''.join(w[0] for w in sb2.split() if w)))
print(sb2.partition(' '), sb2.title().swapcase())
v3 = {59: 76871, 185: 194, 274: 89039, 5: 133, 184: 168}
print(v1.a, v1.total())
print(v1.a, v1.total())
print(type(v1).__name__)
print(len(gc.get_referents(v1)))
v4 = (len(sb2), 195, 146, "€")
try:
    print(max(v4, key=lambda x: str(x), default=-1))
except TypeError as e:
    print('TypeError', e)
print(len(v4))
v5 = 1065548015
grid6 = [[(i, j) for j in range(1) if j % 3] for i in range(1) if i > 2]
print(grid6)
print(sb2)
v1 = C1(96)
try:
    dc7 = {i: x for i, x in enumerate(grid6) if x}
except TypeError as e:
    dc7 = 'TypeError: ' + str(e)
try:
    print(dc7, len(dc7))
except TypeError as e:
    print('TypeError', e)
flt8 = filter(lambda x: x, grid6)
print(next(flt8, 'none'))
print(list(flt8), type(flt8).__name__)
del flt8
v3["k0"] = sb2 + "UPPER"
recs9 = [(3, 'eve', 2.5e-3), (2, 'Fay', 1.5), (7, '', 3.141592653589793), (-6, '', 756.83), (-4, 'Dee', 2.5e-3), (-5, 'eve', 100.0), (-8, '', 0.75)]
print(sorted(recs9, key=lambda t: t[1], reverse=True))
ge10 = (x * 5 for x in range(7) if x != 2)
print(next(ge10, 'done'))
print(next(ge10, 'done'))
print(list(ge10), list(ge10))
del ge10
try:
    print(min(sb2, key=lambda x: repr(x)[::-1], default=None))
except TypeError as e:
    print('TypeError', e)
del v4
if "k4" in v3:
    del v3["k4"]
if grid6:
    print(grid6.pop())
fs11 = [lambda x: x + i for i in range(2)]
print([f(88) for f in fs11])
print(grid6)
ge12 = (x * 4 for x in range(7) if x != 1)
print(next(ge12, 'done'))
print(list(ge12), list(ge12))
del ge12
v13 = sb2.replace("l", "L")
v14 = (-5007,)
try:
    print(min(v14, key=lambda x: x, default=None))
except TypeError as e:
    print('TypeError', e)
acc15 = []
i = 0
while i < 12:
    if i % 3 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
print(len(gc.get_referents(acc15)))
if recs9:
    print(recs9.pop())
grid16 = [[i - j for j in range(4) if j % 3] for i in range(2)]
print(grid16)
print([x for row in grid16 for x in row if x])
acc17 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc17.append((i, x))
else:
    acc17.append(None)
print(len(acc17), acc17[-3:])
print(recs9)
try:
    print(min(v13, key=lambda x: (type(x).__name__, str(x)), default='empty'))
except TypeError as e:
    print('TypeError', e)
def lf18(a, /, b):
    return 0
try:
    lf18(k=1)
except TypeError as e:
    print('TypeError', e)
del lf18
v19 = sb2 + "Hello World"
print(v3.pop(1, None))
print(gc.collect())

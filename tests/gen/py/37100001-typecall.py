# gen.py 37100001 --features typecall,core --stmts 40
import sys
import gc
def f1(p0, p1, p2=1):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
v1 = 100.0
v2 = (1, 1e10)
r3 = f1(229199598, 77565, 76)
print(r3)
def tc_init1(self, *args):
    self.nargs = len(args)
Tc1 = type('Tc1', (int,), {'x': 0, 'f': lambda self: self.x * 2, '__init__': tc_init1, '__doc__': 'made by type', '__qualname__': 'Q.Tc1', 'k': classmethod(lambda c: c.__name__), '__module__': 'mymod', '__hash__': None})
print(Tc1.__name__, Tc1.__qualname__, Tc1.__module__, Tc1.__mro__)
print(sorted(k for k in vars(Tc1) if not k.startswith('__')), Tc1.__doc__)
v1 = 1e10
r4 = f1(2087520716, 1472610831, len(v2))
print(r4)
v5 = 100.0
try:
    tc6 = Tc1(7)
except TypeError as e:
    print('TypeError', e)
    tc6 = None
try:
    tc6.z = [1]
    Tc1.x = 3
    print(tc6.z, tc6.x, sys.getrefcount(tc6))
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
print(v1)
print(type(v5).__name__)
v7 = -18495
Tc2 = type('Tc2', (int,), {'x': 9, 'f': lambda self: self.x * 2, '__qualname__': 'Q.Tc2'})
print(Tc2.__name__, Tc2.__qualname__, Tc2.__module__, Tc2.__mro__)
v8 = {45: len(v2), 267: v7 * -2, 59: -v7, 164: v7 % 97, 254: 65, 126: 1605327620}
v8 = {150: 13, 72: -73441}
print(v8.pop(11, None))
v8["k2"] = [i * 8 for i in range(5)]
print(v5)
v8["k0"] = 8
del v5
v9 = "spam eggs"
v7 = v7 % 97
acc10 = []
i = 0
while i < 20:
    if i % 4 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
acc10.append(len(v2))
print(len(acc10))
del v8
if acc10:
    print(acc10.pop())
if acc10:
    acc10[0] = v9.swapcase()
try:
    tc11 = Tc1(7)
except TypeError as e:
    print('TypeError', e)
    tc11 = None
import tracemalloc
tracemalloc.start()
tc_c0 = tracemalloc.get_traced_memory()[0]
tc_l = [Tc1(7) for _ in range(2)]
tc_c1 = tracemalloc.get_traced_memory()[0]
del tc_l
print('tm', tc_c1 - tc_c0, tracemalloc.get_traced_memory()[0] - tc_c1)
del acc10[:1]
print(v7)
v12 = float(v7)
try:
    tc13 = Tc2(7)
except TypeError as e:
    print('TypeError', e)
    tc13 = None
try:
    tc13.z = [1]
    Tc2.x = 3
    print(tc13.z, tc13.x, sys.getrefcount(tc13))
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
v14 = v7 // -4
try:
    print(type(1, (), {}))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
r15 = f1(1278335328, 1396161275, 68371)
print(r15)
print(type(v12).__name__)
if acc10:
    acc10[0] = repr(v14)
v16 = v9.strip()
r17 = f1(v14 + 153, 617838128, len(v9))
print(r17)
acc18 = []
for i in range(8):
    acc18.append([i])
print(len(acc18), acc18[-3:])

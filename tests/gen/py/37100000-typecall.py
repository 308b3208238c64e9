# gen.py 37100000 --features typecall,core --stmts 40
import sys
import gc
def f1():
    acc = []
    return acc
acc1 = []
i = 0
while i < 13:
    if i % 3 == 0:
        acc1.append(i)
    i += 1
print(len(acc1), acc1[-3:])
v2 = acc1 * 1
v3 = ("Hello World", 0.0, 0.1, "Hello World", 136)
print(len(v2))
acc1.insert(2, 96497)
del acc1[:1]
print(len(v2))
print(type(v3).__name__)
print(type(acc1).__name__)
del acc1
r4 = f1()
print(r4)
v2.reverse()
print(v3)
def tc_init1(self, *args):
    self.nargs = len(args)
Tc1 = type('Tc1', (list,), {'x': 49, 'f': lambda self: self.x * 2, '__init__': tc_init1, '__repr__': lambda self: '<Tc1>', 'st': staticmethod(lambda: 'static')})
print(Tc1.__name__, Tc1.__qualname__, Tc1.__module__, Tc1.__mro__)
v5 = 14
v2.reverse()
del v3
v6 = "a"
print(type(v6).__name__)
try:
    print(type('X', (), {}, 1))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
v6 = v6[0:3]
print(len(v6))
v7 = {}
acc8 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
v2.append(len(v2))
print(type(v5).__name__)
print(type(v5).__name__)
v5 = 805132539
acc8.append(21069)
print(type(v5).__name__)
print(type(v7).__name__)
acc8.extend(range(0))
if acc8:
    print(acc8.pop())
v9 = -2.25
v10 = (len(v7), 0.1, v5 % 97, -2.25, v5 // 2, -v5)
acc8 = [v5 // 2, v5 % 5, -v5]
v11 = {"k0": "UPPER", "k1": -7635, "k2": "  pad  ", "k3": len(v6), "k4": v5 + 9992}
print(type(v2).__name__)
print(v9)

# gen.py 37100002 --features typecall,core --stmts 40
import sys
import gc
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = "tab\t"
acc2 = []
i = 0
while i < 18:
    if i % 2 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
v3 = 98
if acc2:
    acc2[0] = v1 * 1
v4 = {166: 226}
del v4
acc2.extend(range(8))
v5 = [[j] * 2 for j in range(4)]
acc6 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
v7 = float(v3)
def tc_init1(self, *args):
    self.nargs = len(args)
Tc1 = type('Tc1', (int,), {'x': 40, 'f': lambda self: self.x * 2, '__init__': tc_init1, '__repr__': lambda self: '<Tc1>', '__getitem__': lambda s, i: i * 2, 'k': classmethod(lambda c: c.__name__)})
print(Tc1.__name__, Tc1.__qualname__, Tc1.__module__, Tc1.__mro__)
print(type(acc2).__name__)
print(type(acc6).__name__)
if v5:
    v5[0] = "b"
r8 = f1(v3 + 198)
print(r8)
if acc6:
    print(acc6.pop())
v9 = 33592
if acc2:
    print(acc2.pop())
del v5
acc2.reverse()
print(type(v7).__name__)
print(v9)
acc10 = []
i = 0
while i < 4:
    if i % 2 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
print(v7)
v11 = f"<{v7}>"
v12 = ("hello", v9 * 7, "snake_case", v7 * 1e10)
acc6.extend(range(2))
print(type(v12).__name__)
print(v1)
v1 = "snake_case"
print(type(v3).__name__)
del v11
acc13 = []
i = 0
while i < 10:
    if i % 4 == 0:
        acc13.append(i)
    i += 1
print(len(acc13), acc13[-3:])
try:
    print(type('x\0y', (), {}))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    tc14 = Tc1(7)
except TypeError as e:
    print('TypeError', e)
    tc14 = None
try:
    print(Tc1.st())
except (TypeError, AttributeError, IndexError, KeyError) as e:
    print(type(e).__name__, e)
try:
    print(list(tc14))
except (TypeError, AttributeError, IndexError, KeyError) as e:
    print(type(e).__name__, e)
try:
    print(Tc1.__hash__ is None)
except (TypeError, AttributeError, IndexError, KeyError) as e:
    print(type(e).__name__, e)
print(v9)
v7 = v9 / 7
v15 = {}
try:
    tc16 = Tc1(7)
except TypeError as e:
    print('TypeError', e)
    tc16 = None
print(issubclass(Tc1, int), Tc1.__bases__, len(Tc1.__subclasses__()))
del acc6[:1]

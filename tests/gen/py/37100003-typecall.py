# gen.py 37100003 --features typecall,core --stmts 40
import sys
import gc
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
v1 = {125: 124, 264: 167, 174: 34, 50: 1043497403, 64: 47}
v1 = dict(k0=226, k1=1930610893, k2=2128132044, k3=182978676)
v2 = (1e10, 1.5, 22435992, 187)
if 7 in v1:
    del v1[7]
r3 = f1(1872261782, 120, -93380)
print(r3)
print(v1.get("k4"), list(v1.keys())[:3])
def tc_init1(self, *args):
    self.nargs = len(args)
Tc1 = type('Tc1', (object,), {'x': 75, 'f': lambda self: self.x * 2, '__init__': tc_init1, '__repr__': lambda self: '<Tc1>', 'k': classmethod(lambda c: c.__name__), 'st': staticmethod(lambda: 'static')})
print(Tc1.__name__, Tc1.__qualname__, Tc1.__module__, Tc1.__mro__)
print(type(v2).__name__)
print(v2)
del v1
v4 = 3.141592653589793
v5 = [1358, -25391, len(v2), len(v2)]
print(type(v2).__name__)
v2 = tuple(v5)
r6 = f1(1877959395, 80267, 168)
print(r6)
print(v4)
print(len(v2))
del v5
print(type(v4).__name__)
del r6
del v4
try:
    print(type('X', (), {}, 1))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
v2 = (14, 0.1, "snake_case")
r7 = f1(1160566690, 228, 156)
print(r7)
v8 = ()
v9 = [len(v8), 2130252657, len(v2)]
try:
    tc10 = Tc1()
except TypeError as e:
    print('TypeError', e)
    tc10 = None
try:
    tc10.z = [1]
    Tc1.x = 3
    print(tc10.z, tc10.x, sys.getrefcount(tc10))
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    print(type('X', (1,), {}))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
r11 = f1(-68984, 37257, 88942)
print(r11)
print(v2)
v9.insert(-1, -90427)
print(type(v2).__name__)
r12 = f1(len(v8), len(v2), 73515)
print(r12)
v13 = 338
del r3
v9.extend(range(2))
v14 = v13 * 5
v15 = tuple(v9)

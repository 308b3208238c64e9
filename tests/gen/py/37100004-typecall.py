# gen.py 37100004 --features typecall,core --stmts 40
import sys
import gc
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
def tc_init1(self, *args):
    self.nargs = len(args)
Tc1 = type('Tc1', (list,), {'x': 48, 'f': lambda self: self.x * 2, '__init__': tc_init1, '__qualname__': 'Q.Tc1', '__module__': 'mymod'})
print(Tc1.__name__, Tc1.__qualname__, Tc1.__module__, Tc1.__mro__)
v1 = "café"
v2 = ()
v3 = {"k0": 253, "k1": v1 + "snake_case", "k2": v1.lower(), "k3": "line\n", "k4": -67381, "k5": repr(v2)}
print(v3.get(6), list(v3.keys())[:3])
try:
    tc4 = Tc1([1, 2])
except TypeError as e:
    print('TypeError', e)
    tc4 = None
print(repr(tc4).split(' at ')[0][:60], isinstance(tc4, Tc1), type(tc4).__name__)
v5 = 1e10
print(type(v3).__name__)
v6 = (123, v1 + "hello", 2.5e-3, 100.0)
del v3
v7 = [60948, 73, 40600, 37891, 67997, len(v2)]
v8 = v7 * 3
print(len(v1))
print(type(v6).__name__)
v9 = v1.replace("l", "L")
print(type(v2).__name__)
v10 = {"k0": 1845569072}
r11 = f1(1704318062, -22298, 1390262001)
print(r11)
acc12 = []
i = 0
while i < 11:
    if i % 5 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
print(v7)
v13 = 206
v6 = ()
v10 = {}
acc14 = []
i = 0
while i < 9:
    if i % 2 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
print(type(v8).__name__)
print(type(v7).__name__)
v15 = 0.0
try:
    tc16 = Tc1([1, 2])
except TypeError as e:
    print('TypeError', e)
    tc16 = None
print(sys.getsizeof(tc16), hasattr(tc16, '__dict__'), gc.is_tracked(tc16))
v10["k3"] = v9.split()
print(v10)
v7.reverse()
del v8
print(len(v2))
del v2
v17 = acc14 + [8449]
print(v5)
v18 = 0.1
v19 = [3.141592653589793, "tab\t", 1795395476, v13 % 2, v9 + "€"]
v10 = {88: 40036, 42: len(v1), 273: 338187223, 190: len(v10)}

# gen.py 37100005 --features typecall,core --stmts 40
import sys
import gc
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
r1 = f1()
print(r1)
r2 = f1()
print(r2)
v3 = ()
print(len(v3))
v4 = -8268
v5 = [len(v3), 50, len(v3)]
if v5:
    v5[0] = "Hello World"
v6 = [v4 % 10, -64507, v4 % 10, -v4, v4 % 2, v4 * 3, v4 * 6]
acc7 = []
for i in range(21):
    acc7.append(str(i))
print(len(acc7), acc7[-3:])
del v6
v8 = str(v4)
r9 = f1()
print(r9)
print(type(v4).__name__)
print(len(v3))
v10 = v4 % 2
v11 = ()
def tc_init1(self, *args):
    self.nargs = len(args)
Tc1 = type('Tc1', (int,), {'x': 74, 'f': lambda self: self.x * 2, '__init__': tc_init1, '__repr__': lambda self: '<Tc1>'})
print(Tc1.__name__, Tc1.__qualname__, Tc1.__module__, Tc1.__mro__)
acc7 = [[j] * 2 for j in range(1)]
v5.reverse()
print(v5)
if v5:
    print(v5.pop())
v12 = ()
v12 = (3.141592653589793, -81164, 77)
try:
    tc13 = Tc1(7)
except TypeError as e:
    print('TypeError', e)
    tc13 = None
print(sys.getsizeof(tc13), hasattr(tc13, '__dict__'), gc.is_tracked(tc13))
acc14 = []
for i in range(18):
    acc14.append({i: i})
print(len(acc14), acc14[-3:])
print(type(v8).__name__)
print(v3)
print(v10)
print(len(acc7))
acc15 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
acc16 = []
for i in range(12):
    acc16.append(i * 1000)
print(len(acc16), acc16[-3:])
print(len(acc7))
acc15.append(v10 % 5)
try:
    tc17 = Tc1(7)
except TypeError as e:
    print('TypeError', e)
    tc17 = None
try:
    print(list(tc17))
except (TypeError, AttributeError, IndexError, KeyError) as e:
    print(type(e).__name__, e)
try:
    print(Tc1.__dict__.get('__dict__') is not None)
except (TypeError, AttributeError, IndexError, KeyError) as e:
    print(type(e).__name__, e)
try:
    print(hash(tc17) is not None)
except (TypeError, AttributeError, IndexError, KeyError) as e:
    print(type(e).__name__, e)
Tc2 = type('Tc2', (object,), {'x': 85, 'f': lambda self: self.x * 2, '__slots__': ('a', 'b')})
print(Tc2.__name__, Tc2.__qualname__, Tc2.__module__, Tc2.__mro__)
print(sorted(k for k in vars(Tc2) if not k.startswith('__')), Tc2.__doc__)
if acc7:
    acc7[0] = repr(v5)
print(type(acc14).__name__)
acc14 = [[j] * 1 for j in range(4)]

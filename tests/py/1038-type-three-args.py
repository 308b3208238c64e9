# type(name, bases, dict): the class a class statement makes, its
# __module__ from the caller's globals when the dict has none, its
# __qualname__ its name (held twice), the dict copied (the caller's dict
# untouched), the bases tuple held itself; python3's TypeErrors for bad
# arguments.
import sys
ns = {'a': 1, 'twice': lambda self: 2 * self.a}
bases = ()
X = type('Widget', bases, ns)
print(X, X.__name__, X.__qualname__, X.__module__, X.__bases__, X.__mro__)
print(sorted(ns), list(X.__dict__), X().twice(), X.a)
print(sys.getrefcount(X), sys.getrefcount(X.__name__), X.__qualname__ is X.__name__)
Y = type('Gadget', (X,), {'__module__': 'shop', '__qualname__': 'Shop.Gadget', 'a': 5})
print(Y, Y.__mro__, Y().twice(), isinstance(Y(), X), X.__subclasses__())
pair = (Y, X)
Z = type('Z', pair, {})
print(Z.__bases__ is pair, Z.__mro__)
def make(n):
    return type('Local%d' % n, (), {'n': n})
L = make(3)
print(L, L.n, L.__qualname__, L.__module__)
for args in [(1, (), {}), ('X', [], {}), ('X', (), []), ('X', (1,), {}), ('X', (bool,), {}),
             ('X', (), {'__qualname__': 3}), ('X', (), {}, 1), ('X', None, {}), (b'X', (), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type('Kw', (), {}, flavour=1)
except TypeError as e:
    print(e)
try:
    type(name='X', bases=(), dict={})
except TypeError as e:
    print(e)
class Entry:
    def __mro_entries__(self, bases):
        return (object,)
try:
    type('M', (Entry(),), {})
except TypeError as e:
    print(e)
print(type('S', (str,), {})('abc').upper(), type('L2', (list,), {})([1, 2]))
try:
    type(*('K', (), {}), **{'flavour': 1})
except TypeError as e:
    print(e)
try:
    type('A\0B', (), {})
except ValueError as e:
    print(e)
print(type('', (), {}), type('X', (), {'__module__': 5}).__module__)

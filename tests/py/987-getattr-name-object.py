# getattr() and hasattr() hand a class's own __getattr__ and
# __getattribute__ the very name object they were given (PyObject_GetAttr
# neither interns it nor swaps in an equal interned str), and
# object.__getattribute__ does not intern it either: whether a lookup
# finds the attribute, fails or raises, an equal str interned later is
# not the name.
import sys


def mk(s):
    return ''.join([s[:1], s[1:]])


class G:
    def __getattr__(self, name):
        global seen
        seen = name
        raise AttributeError(name)


class H:
    def __getattribute__(self, name):
        global seen
        seen = name
        if name.startswith('ok'):
            return object.__getattribute__(self, name)
        raise TypeError('refused ' + name)


class Both:
    ok1 = 5

    def __getattribute__(self, name):
        global seen
        seen = name
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return len(name)


class Plain:
    pass


n = mk('jjj')
print(hasattr(G(), n), seen is n, sys.intern(mk('jjj')) is n)
n = mk('kkk')
print(getattr(G(), n, 'dflt'), seen is n, sys.intern(mk('kkk')) is n)
n = mk('lll')
try:
    getattr(G(), n)
except AttributeError as e:
    print('AttributeError:', e, e.args[0] is n, seen is n)
print(sys.intern(mk('lll')) is n)
n = mk('iii')
try:
    getattr(H(), n)
except TypeError as e:
    print('TypeError:', e, seen is n)
print(sys.intern(mk('iii')) is n)
n = mk('okzz')
try:
    getattr(H(), n)
except AttributeError as e:
    print('AttributeError:', e, seen is n)
print(sys.intern(mk('okzz')) is n)
n = mk('ok1')
print(getattr(Both(), n), seen is n, sys.intern(mk('ok1')) is n)
n = mk('nope')
print(getattr(Both(), n), seen is n, sys.intern(mk('nope')) is n)
n = mk('qqq')
p = Plain()
try:
    object.__getattribute__(p, n)
except AttributeError as e:
    print('AttributeError:', e)
print(sys.intern(mk('qqq')) is n)
p.qqq = 1
n = mk('qqq')
print(object.__getattribute__(p, n), sys.intern(mk('qqq')) is n)
n = mk('__class__')
print(getattr(G(), n).__name__, hasattr(H(), mk('okx')), seen == 'okx')
# Names no literal of this file interns first.
n = ''.join(['ab', 'cz'])
try:
    object.__getattribute__(p, n)
except AttributeError as e:
    print('AttributeError:', e)
print(sys.intern(''.join(['a', 'bcz'])) is n)
n = ''.join(['de', 'fz'])
print(hasattr(G(), n), getattr(Both(), n), sys.intern(''.join(['d', 'efz'])) is n)

# Attributes of a class: type's own data descriptors (__name__,
# __qualname__, __class__, __dict__, __base__, __bases__, __mro__) win over
# class attributes of the same names; an instance sees the class
# attributes.  __name__ and __qualname__ are settable (str only) and
# change the class's repr; the others refuse assignment as CPython does.
class E:
    __class__ = 5
    __base__ = 6
    __bases__ = 7
    __mro__ = 8
    __dict__ = 9
    __module__ = 'mod'
    __doc__ = 'doc'

print(E.__class__, E.__base__, E.__bases__, E.__mro__, type(E.__dict__).__name__, E.__module__, E.__doc__)
e = E()
print(e.__class__, e.__base__, e.__bases__, e.__mro__, e.__dict__, e.__module__)
print(repr(e).split(' at ')[0], E, type(E.__dict__['__dict__']).__name__)

def f():
    class L:
        pass
    return L

L = f()
print(L, L.__qualname__, L.__name__, repr(L()).split(' at ')[0])

class D:
    __name__ = 'attr'
    __qualname__ = 'Q'
    def m(self):
        return 1

print(D, D.__name__, D.__qualname__, D().__name__, repr(D()).split(' at ')[0])
try:
    D.__qualname__ = 3
except TypeError as x:
    print(x)
try:
    del D.__name__
except TypeError as x:
    print(x)
try:
    del D.__qualname__
except TypeError as x:
    print(x)
try:
    D.__name__ = 'a\0b'
except ValueError as x:
    print(x)
try:
    del int.__name__
except TypeError as x:
    print(x)
try:
    D.__dict__ = {}
except AttributeError as x:
    print(x)
try:
    del D.__dict__
except AttributeError as x:
    print(x)
try:
    D.__mro__ = ()
except AttributeError as x:
    print(x)
try:
    D.__base__ = int
except AttributeError as x:
    print(x)
D.__module__ = 'other'
print(D, D.__module__, D.__name__, D.__qualname__)
D.__name__ = 'N'
print(D, D.__name__, D.__qualname__, D().__class__.__name__, 'N' in D.__dict__)
D.__qualname__ = 'R.S'
print(D, D.__qualname__, repr(D()).split(' at ')[0], D().m())
print(int.__name__, int.__qualname__, type.__name__, type.__class__, int.__class__, bool.__base__)
print(type(len).__name__, type(None).__name__, type(iter([])).__qualname__, type.__base__)
print(E.__class__.__name__, bool.__base__.__base__, type(E).__base__)

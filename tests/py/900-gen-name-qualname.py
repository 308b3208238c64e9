# A generator's __name__ and __qualname__: the function's name and
# qualified name (the same str objects), settable to a str only, never
# deletable; the generator type's own __name__ is not shadowed by them
# (type attribute lookup gives the metatype's data descriptors priority).
import sys

def g():
    yield 1

class C:
    def m(self):
        yield self
    def n(self):
        def inner():
            yield 2
        return inner()

x = g()
print(x.__name__, x.__qualname__, x.__name__ is g.__name__)
print(type(x).__name__, type(x).__qualname__)
print(C().m().__qualname__, C().n().__qualname__, C().n().__name__)
print((i for i in ()).__name__, (i for i in ()).__qualname__)

def f():
    return (i for i in ())

print(f().__qualname__, f().__name__)
x.__name__ = 'renamed'
print(x.__name__, type(x).__name__, g.__name__, sys.getrefcount(x.__name__))
x.__qualname__ = 'Q.r'
print(repr(x).split(' at ')[0], x.__qualname__)
print(next(x), x.__name__)
for bad in [3, None, b'bytes']:
    try:
        x.__name__ = bad
    except TypeError as e:
        print(e)
    try:
        x.__qualname__ = bad
    except TypeError as e:
        print(e)
try:
    del x.__name__
except TypeError as e:
    print(e)
try:
    del x.__qualname__
except TypeError as e:
    print(e)
try:
    x.gi_code = None
except AttributeError as e:
    print(e)
del x
y = g()
y.__name__ = 'a' + str(len('abc'))
print(y.__name__, sys.getrefcount(y.__name__))
print(y.__name__.upper(), len(y.__qualname__))
try:
    type(y).__name__ = 'gen'
except TypeError as e:
    print(e)

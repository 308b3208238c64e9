# __get__ of builtin descriptors, functions, properties, staticmethod and
# classmethod; dir() without an argument
import gc
import sys
def t(f):
    try:
        print(repr(f()).split(' at 0x')[0])
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int.real.__get__(7))
t(lambda: int.real.__get__(None, int))
t(lambda: int.real.__get__('a'))
t(lambda: int.real.__get__(None, None))
t(lambda: int.real.__get__())
t(lambda: list.append.__get__([1]))
t(lambda: list.append.__get__(5))
t(lambda: list.__repr__.__get__([1])())
t(lambda: list.__repr__.__get__(None, list))
def f(x):
    return x
class A:
    @property
    def p(self):
        return 3
    @staticmethod
    def s():
        return 's'
    @classmethod
    def c(cls):
        return cls.__name__
a = A()
t(lambda: f.__get__(a))
t(lambda: f.__get__(a)())
t(lambda: f.__get__(None, A))
t(lambda: A.__dict__['p'].__get__(a))
t(lambda: A.__dict__['s'].__get__(a)())
t(lambda: A.__dict__['c'].__get__(a)())
t(lambda: A.__dict__['c'].__get__(None, A)())
t(lambda: type(f.__get__))
gc.disable()
c0 = gc.get_count()
b = f.__get__(a)
c1 = gc.get_count()
print(c1[0] - c0[0], sys.getrefcount(a))
def g(b, a=1):
    z = [1]
    n0 = gc.get_count()
    names = dir()
    n1 = gc.get_count()
    print(names, n1[0] - n0[0], sys.getrefcount(z))
    return dir()
print(g(2))
x = 5
print(dir()[:4], 'x' in dir())
class K:
    q = 1
    print(dir())
t(lambda: dir(1, 2))

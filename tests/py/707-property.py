# property: getter, .setter, .deleter (each a new property object keeping
# the name), property() called directly; a data descriptor wins over the
# instance __dict__; sizes and tracking; the errors naming it
import sys, gc
gc.collect()
def get_x(self):
    "the x doc"
    return self._x
p = property(get_x)
print(type(p).__name__, sys.getsizeof(p), gc.is_tracked(p), p.__doc__, p.fget is get_x, p.fset)
class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "x of C"
        return self._x
    @x.setter
    def x(self, value):
        print('set', value)
        self._x = value
    @x.deleter
    def x(self):
        print('del')
        del self._x
    y = property(lambda self: 'y', doc='why')
c = C()
print(c.x, C.x.__doc__, C.y.__doc__, c.y)
c.x = 5
print(c.x, c.__dict__)
c.__dict__['x'] = 'shadow'
print(c.x)
del c.x
print(c.__dict__)
q = C.__dict__['x']
print(q.fget.__name__, q.fset.__name__, q.fdel.__name__, sys.getrefcount(q))
def other_set(self, v):
    pass
s = q.setter(other_set)
print(s is q, s.fset is other_set, s.fget is q.fget, s.__doc__, q.fset.__name__)
class D:
    r = property(lambda self: 1)
    w = property(None, lambda self, v: None)
d = D()
for action in ['d.r = 2', 'del d.r', 'd.w']:
    try:
        if action == 'd.r = 2':
            d.r = 2
        elif action == 'del d.r':
            del d.r
        else:
            d.w
    except AttributeError as e:
        print(e)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
print(property().fget, property(fset=get_x).fset is get_x)
class E(C):
    pass
e = E()
e.x = 7
print(e.x, E.x is C.x)

# decorators: each @expression evaluated top to bottom before the def,
# applied bottom-up after it; closures as decorators; class decorators;
# a decorator that raises is reported at its own line
import sys, gc
order = []
def tag(name):
    order.append('make ' + name)
    def deco(f):
        order.append('apply ' + name)
        f.tags = getattr(f, 'tags', ()) + (name,)
        return f
    return deco
@tag('outer')
@tag('inner')
def f():
    return 1
print(order, f.tags, f.__name__)
def counted(fn):
    calls = [0]
    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper
@counted
def add(a, b=10):
    return a + b
print(add(1), add(2, b=3), add.calls, add.__name__, add.__qualname__)
print(add.__closure__[1].cell_contents.__name__, sys.getrefcount(add))
def register(cls):
    cls.registered = True
    return cls
@register
class Point:
    def __init__(self, x):
        self.x = x
print(Point.registered, Point(3).x, Point.__name__)
def replace(f):
    return 42
@replace
def g():
    pass
print(g)
class K:
    @counted
    def m(self, n):
        return n * 2
k = K()
print(k.m(4), K.m.calls, gc.is_tracked(K.m))
def fails(f):
    return f.missing
@counted
@fails
def h():
    pass

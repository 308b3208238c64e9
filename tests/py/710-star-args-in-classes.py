# *args/**kwargs forwarded through super().__init__, generators, lambdas,
# closures; decorated classes with property and staticmethod; keyword-only
# parameters with **rest
import sys, gc
class Base:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs
class Child(Base):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.extra = len(args)
c = Child(1, 2, k=3)
print(c.args, c.kwargs, c.extra, sys.getsizeof(c.kwargs))
def gen(*xs):
    for x in xs:
        yield x
print(list(gen(*range(3))), sum(*[[1, 2]]))
f = lambda *a, **k: (a, k)
print(f(1, x=2), f(*[], **{}))
def outer(**kw):
    def inner(*a):
        return kw, a
    return inner
print(outer(z=1)(2, 3))
first, *_ = 'abc'
print(first)
print([*'ab', *{'c': 1}], {**dict(a=1)})
def deco(cls):
    return cls
@deco
class P:
    @property
    def v(self):
        return 1
    @staticmethod
    def s():
        return 2
print(P().v, P.s(), P().s())
def kwonly(a, *, b, c=3, **rest):
    return a, b, c, rest
print(kwonly(1, b=2, d=4), kwonly(*[1], **{'b': 0, 'c': 9}))
import gc
print(gc.get_referents(P.__dict__['v'])[:1] == [P.__dict__['v'].fget])

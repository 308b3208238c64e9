def f(a, b=2, *args, c, d=4, **kwargs):
    return a
def g(): pass
def h(x, /, y, *, z): pass
def k(a, b=1, /, c=2, *, d, e=5): pass
def m(*, a): pass
def n(**kw): pass
def o(*a, **kw): pass

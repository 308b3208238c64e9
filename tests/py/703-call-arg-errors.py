# TypeErrors of argument binding, in initialize_locals' order, and of
# * / ** arguments at the call
def g(a, *rest, k=5, **kw):
    return a
def h(a, b):
    return a
def k(*, a, b=2):
    return a, b
def p(a, /, b):
    return a, b
def pk(a, /, **kw):
    return a, kw
tests = [
    lambda: g(),
    lambda: g(1, a=2),
    lambda: h(1, 2, c=3),
    lambda: h(1, 2, 3, c=3),
    lambda: h(1, 2, 3),
    lambda: h(*5),
    lambda: h(**5),
    lambda: h(1, *5),
    lambda: h(1, **{'a': 2}),
    lambda: h(**{'a': 1}, **{'a': 2}),
    lambda: h(**{'a': 1}, a=2),
    lambda: h(**{1: 2}),
    lambda: k(1),
    lambda: k(),
    lambda: k(1, a=2),
    lambda: p(a=1, b=2),
    lambda: pk(a=1),
    lambda: print(*None),
    lambda: [*5],
    lambda: (1, *5),
    lambda: {*5},
    lambda: {**5},
    lambda: {'a': 1, **[1]},
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
print(pk(1, a=2), k(a=0))
h(1, 2, 3, 4, z=1)

# Keywords naming positional-only parameters: positional_only_passed_as_keyword
# gathers them in a list (made and freed also when none does: a free-list
# list after the first call), in parameter order, and names them as one
# quoted ", ".join: 'a, b' (found by gen.py's lambdas feature).
import tracemalloc
def f1(a, /, b=0):
    pass
def f2(a, b, /, c=0):
    pass
def f3(a, /, b, **kw):
    return kw
def g(a):
    pass
cases = [('po1', f1, (1,), {'k': 1}), ('po2', f1, (), {'a': 1}), ('po3', f2, (), {'a': 1, 'b': 2}),
         ('po4', f2, (1, 2), {'b': 3, 'zz': 1}), ('po5', f3, (1,), {'b': 2, 'a': 3}), ('nopo', g, (1,), {'k': 1}),
         ('po6', f2, (), {'b': 1, 'a': 2})]
tracemalloc.start()
for label, fn, args, kw in cases:
    for i in range(2):
        tracemalloc.reset_peak()
        c0, p0 = tracemalloc.get_traced_memory()
        m = None
        try:
            m = fn(*args, **kw)
        except TypeError as e:
            m = str(e)
        c1, p1 = tracemalloc.get_traced_memory()
    print(label, c1 - c0, p1 - p0, m)

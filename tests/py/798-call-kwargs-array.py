# f(**m) (CALL_FUNCTION_EX with a keywords dict) reaches a vectorcall
# callable through _PyStack_UnpackDict: a PyMem array of 1 + positional +
# keyword pointers, alive during the call, freed before the kwnames tuple.
import tracemalloc

peaks = []


def f(*a, **k):
    cur, peak = tracemalloc.get_traced_memory()
    peaks.append(cur - cur0)


def g(a=0, b=0, c=0, d=0, e=0):
    cur, peak = tracemalloc.get_traced_memory()
    peaks.append(cur - cur0)


class C:
    def meth(self, **k):
        cur, peak = tracemalloc.get_traced_memory()
        peaks.append(cur - cur0)


c = C()
tracemalloc.start()
for fn in (f, g, c.meth):
    for m in ({}, {'a': 1}, {'a': 1, 'b': 2}, {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}):
        for args in ((), (1,), (1, 2)):
            if fn is not f and args:
                continue
            peaks.clear()
            tracemalloc.reset_peak()
            cur0 = tracemalloc.get_traced_memory()[0]
            fn(*args, **m)
            cur1, peak1 = tracemalloc.get_traced_memory()
            print(fn.__name__, len(m), len(args), peaks, cur1 - cur0)
for name, call, m in [('dict', lambda m: dict(**m), {'x': 1, 'y': 2}),
                      ('sorted', lambda m: sorted([3, 1, 2], **m), {'reverse': True}),
                      ('enumerate', lambda m: enumerate('ab', **m), {'start': 5}),
                      ('list.sort', lambda m: [2, 1].sort(**m), {'key': None})]:
    call(m)
    tracemalloc.reset_peak()
    cur0 = tracemalloc.get_traced_memory()[0]
    r = call(m)
    cur, peak = tracemalloc.get_traced_memory()
    print(name, cur - cur0, peak - cur0)
    del r
tracemalloc.reset_peak()
cur0 = tracemalloc.get_traced_memory()[0]
try:
    f(1, **{1: 2})
except TypeError as e:
    print(e)
cur, peak = tracemalloc.get_traced_memory()
print(peak - cur0 > 0)

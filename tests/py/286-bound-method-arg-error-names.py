# Argument errors of bound builtin methods and method descriptors: the
# name (_PyObject_FunctionStr) of a bound method is made for each call, a
# method descriptor's __qualname__ is made once and kept.
import tracemalloc

def measure(f):
    peaks = []
    for i in range(3):
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        try:
            f()
        except TypeError as e:
            msg = str(e)
        peaks.append(tracemalloc.get_traced_memory()[1] - before)
    print(msg, peaks)

ap = [].append
dk = {}.keys().isdisjoint
di = {1: 2}.items().isdisjoint
ss = set().add
cp = [].copy
tracemalloc.start()
measure(lambda: ap())
measure(lambda: ap(x=1))
measure(lambda: ap(1, 2))
measure(lambda: dk())
measure(lambda: di(x=1))
measure(lambda: ss())
measure(lambda: cp(1))
measure(lambda: [].append())
measure(lambda: [].append(x=1))
measure(lambda: list.append([], 1, 2))
measure(lambda: {}.keys().isdisjoint())
measure(lambda: {}.items().isdisjoint(1, 2))
measure(lambda: {}.keys().isdisjoint(x=1))
measure(lambda: type({}.keys()).isdisjoint({}.keys()))
measure(lambda: set().add())
measure(lambda: [].copy(1))
measure(lambda: ap())
measure(lambda: dk())

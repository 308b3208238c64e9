# CALL_FUNCTION_EX's errors (check_args_iterable, format_kwargs_error)
# name the callable by _PyObject_FunctionStr: a str made first and alive
# while PyErr_Format's writer makes the message.
import gc, tracemalloc

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

def f(*a, **k):
    pass

class C:
    def m(self, *a, **k):
        pass

class Outer:
    class Inner:
        pass

ap = [].append
tracemalloc.start()
measure(lambda: len(*1))
measure(lambda: len(**1))
measure(lambda: len(x=1, **{"x": 2}))
measure(lambda: f(*1))
measure(lambda: f(**None))
measure(lambda: f(y=1, **{"y": 2}))
measure(lambda: C().m(*1))
measure(lambda: C.m(**1))
measure(lambda: ap(*1))
measure(lambda: list.append(*1))
measure(lambda: gc.collect(*1))
measure(lambda: gc.collect(**1))
measure(lambda: dict.fromkeys(*1))
measure(lambda: int(*1))
measure(lambda: C(*1))
measure(lambda: Outer.Inner(**1))
measure(lambda: print(end="", **{"end": ""}))

# The type a special method returned, named in its TypeError: __index__
# ("returned non-int (type %.200s)"), __bool__ ("returned %s", uncut),
# __init__ ("should return None, not '%.200s'"), __repr__ and __str__
# ("returned non-string (type %.200s)"), __len__ (PyNumber_Index's
# '%.200s'), __format__ ("must return a str, not %.200s"), __iter__
# ("iter() returned non-iterator of type '%.100s'"), __float__ ("%.50s"
# twice), __int__ and __complex__ ("%.200s"): python3's cut and its peak.
import tracemalloc
tracemalloc.start()
class Sixtyxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:
    pass
class OneTwentyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy:
    pass
class TwoFiftyzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz:
    pass
kinds = [Sixtyxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, OneTwentyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy, TwoFiftyzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz]
def check(what, f):
    for cls in kinds:
        o = cls()
        for _ in range(2):
            tracemalloc.reset_peak()
            c0 = tracemalloc.get_traced_memory()[0]
            try:
                f(o)
                msg = 'no error'
            except Exception as e:
                msg = type(e).__name__ + ': ' + str(e)
            peak = tracemalloc.get_traced_memory()[1] - c0
        print(what, len(cls.__name__), peak, len(msg))
        print(' ', msg)
bad = None
class Returns:
    def __index__(self):
        return bad
    def __bool__(self):
        return bad
    def __init__(self, ret=None):
        self.ret = ret
    def __repr__(self):
        return bad
    def __str__(self):
        return bad
    def __len__(self):
        return bad
    def __format__(self, spec):
        return bad
    def __iter__(self):
        return bad
    def __float__(self):
        return bad
    def __int__(self):
        return bad
    def __complex__(self):
        return bad
class Init:
    def __init__(self):
        return bad
r = Returns()
def run(what, f):
    def g(o):
        global bad
        bad = o
        try:
            f()
        finally:
            bad = None
    check(what, g)
run('__index__', lambda: [1][r])
run('__bool__', lambda: not r)
run('__init__', lambda: Init())
run('__repr__', lambda: repr(r))
run('__str__', lambda: str(r))
run('__len__', lambda: len(r))
run('__format__', lambda: format(r, ''))
run('__iter__', lambda: iter(r))
run('__float__', lambda: float(r))
run('__int__', lambda: int(r))
run('__complex__', lambda: complex(r))

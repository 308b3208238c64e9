# Argument errors that name a type: _PyArg_BadArgument's "%.50s" (format's
# spec, str()'s encoding), object() with arguments ("%.200s() takes no
# arguments"), vgetargs' "must be str, not %.50s" (UnicodeEncodeError's
# arguments, written into a C buffer), and the argument
# errors that were written by hand before: a bound method called without
# its argument, a class without __init__ called with a keyword,
# dict_keys.isdisjoint(), gc.set_threshold(), len(*1).
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
import gc
f = [].append
check('format(1, o)', lambda o: format(1, o))
check('str(b"", o)', lambda o: str(b'', o))
check('type(o)(1)', lambda o: type(o)(1))
check('type(o)(x=1)', lambda o: type(o)(x=1))
check('UnicodeEncodeError', lambda o: UnicodeEncodeError(o, 'a', 0, 1, 'r'))
check('f()', lambda o: f())
check('isdisjoint', lambda o: {}.keys().isdisjoint())
check('set_threshold', lambda o: gc.set_threshold())
check('len(*1)', lambda o: len(*1))

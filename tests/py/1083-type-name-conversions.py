# Conversions that name the argument's type: int() and float() ('%.200s'),
# bytes() ("cannot convert '%.200s' object to bytes"), round() ("type
# %.100s doesn't define __round__ method"), object.__format__ ("%.200s"
# before .__format__), %-formatting's "%%%c format: ... not %.200s" and
# PyFloat_AsDouble's "must be real number, not %.50s", bytes
# %-formatting's "float argument required, not %.200s" and "%b requires
# ... not '%.100s'", str()'s "need a bytes-like object, %.80s found":
# python3's cut and its peak (a %c directive written by
# the writer too).
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
check('int(o)', lambda o: int(o))
check('float(o)', lambda o: float(o))
check('bytes(o)', lambda o: bytes(o))
check('round(o)', lambda o: round(o))
check('format(o, "x")', lambda o: format(o, 'x'))
check('f"{o:>3}"', lambda o: f'{o:>3}')
check('"%d" % o', lambda o: '%d' % o)
check('"%x" % o', lambda o: '%x' % o)
check('"%f" % o', lambda o: '%f' % o)
check('b"%f" % o', lambda o: b'%f' % o)
check('b"%d" % o', lambda o: b'%d' % o)
check('b"%b" % o', lambda o: b'%b' % (o,))
check('round(1.5, o)', lambda o: round(1.5, o))
check('int("1", o)', lambda o: int('1', o))
check('str(o, "utf-8")', lambda o: str(o, 'utf-8'))

# binop_type_error's "unsupported operand type(s) for %.100s: '%.100s'
# and '%.100s'" (the operator, "+=" for augmented assignment, "** or pow()"
# and "divmod()" go through %.100s too), ternary_op's three names, the
# unary operators' and abs()'s '%.200s', and sequence_repeat's
# "can't multiply sequence by non-int of type '%.200s'": names cut as
# python3 cuts them, and the writer's peak.
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
def iadd(o):
    x = o
    x += 1
def ipow(o):
    x = 2
    x **= o
check('o + 1', lambda o: o + 1)
check('1 - o', lambda o: 1 - o)
check('o += 1', iadd)
check('o ** 2', lambda o: o ** 2)
check('2 **= o', ipow)
check('pow(o, 1, 1)', lambda o: pow(o, 1, 1))
check('divmod(1, o)', lambda o: divmod(1, o))
check('o @ o', lambda o: o @ o)
check('-o', lambda o: -o)
check('~o', lambda o: ~o)
check('abs(o)', lambda o: abs(o))
check('[1] * o', lambda o: [1] * o)
check('"a" * o', lambda o: 'a' * o)
check('(1,) * o', lambda o: (1,) * o)
check('b"a" * o', lambda o: b'a' * o)

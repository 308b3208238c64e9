# Errors the eval loop and the statements make with a type's name:
# unpacking ("cannot unpack non-iterable %.200s object"), f(*o) ("Value
# after * must be an iterable" is print()'s "argument after *" here),
# {**o} ("'%.200s' object is not a mapping"), with ("'%.200s' object does
# not support the context manager protocol"), range indices ('%.200s',
# unless the class has __index__), print's sep and end ('%.200s'), super()
# ('%.200s'), __class__ assignment ('%s' object, uncut), a class's
# __name__ set to a non-str (no precision either), and a NameError's
# "name '%.200s' is not defined" (format_exc_check_arg): python3's cut and
# peak.
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
def unpack(o):
    a, b = o
def star(o):
    return [*o]
def mapping(o):
    return {**o}
def with_(o):
    with o:
        pass
def set_class(o):
    Plain().__class__ = o
def set_name(o):
    Plain.__name__ = o
class Plain:
    pass
class Index:
    def __index__(self):
        return 1
check('a, b = o', unpack)
check('[*o]', star)
check('{**o}', mapping)
check('with o', with_)
check('range(3)[o]', lambda o: range(3)[o])
check('print(sep=o)', lambda o: print(1, sep=o))
check('print(end=o)', lambda o: print(1, end=o))
check('super(o)', lambda o: super(o))
check('__class__ = o', set_class)
check('__name__ = o', set_name)
check('NameError', lambda o: undefined_nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn)
print(range(3)[Index()])

# str, bytes, list and tuple methods and operators whose TypeErrors name
# the argument's type: concatenation ('%.200s'; bytes' "can't concat
# %.100s to %.100s"), 'in <string>' and str's "must be str, not %.100s",
# join ("sequence item %zd: ... %.80s found"), split, startswith (a tuple's
# element and the argument itself), bytes' buffer error ('%.100s') and
# find's ('%.200s'), bytes.startswith's error replacing the buffer's
# (no precision), rjust's fill (_PyArg_BadArgument's %.50s): python3's cut
# and its peak.
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
check('"" + o', lambda o: '' + o)
check('[] + o', lambda o: [] + o)
check('() + o', lambda o: () + o)
check('b"" + o', lambda o: b'' + o)
check('o in "abc"', lambda o: o in 'abc')
check('"-".join', lambda o: '-'.join(['a', o]))
check('b"-".join', lambda o: b'-'.join([b'a', o]))
check('"a".split(o)', lambda o: 'a'.split(o))
check('"a".partition(o)', lambda o: 'a'.partition(o))
check('"a".count(o)', lambda o: 'a'.count(o))
check('"a".find(o)', lambda o: 'a'.find(o))
check('"a".startswith(o)', lambda o: 'a'.startswith(o))
check('"a".endswith((o,))', lambda o: 'a'.endswith(('a', o)))
check('b"a".startswith(o)', lambda o: b'a'.startswith(o))
check('b"a".endswith((o,))', lambda o: b'a'.endswith((b'b', o)))
check('b"a".find(o)', lambda o: b'a'.find(o))
check('b"a".rjust(3, o)', lambda o: b'a'.rjust(3, o))
check('"a".expandtabs(o)', lambda o: 'a'.expandtabs(o))

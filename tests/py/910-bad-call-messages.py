# The messages of bad calls: wrong argument counts (positional, keyword-
# only, methods, builtins), duplicate and unexpected keywords, unhashable
# keys, bad operand and index types.
def f(a, b, c=3, *, d, e=5):
    return a, b, c, d, e
def g(a, b=2):
    return a
class K:
    def m(self, x):
        return x
    def __init__(self, p):
        self.p = p
tests = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, z=2),
    lambda: f(1, 2, a=1, d=1),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(b=1),
    lambda: K(),
    lambda: K(1, 2),
    lambda: K(1).m(),
    lambda: K(1).m(1, 2),
    lambda: K.m(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs('x'),
    lambda: int('x'),
    lambda: int([]),
    lambda: hash([]),
    lambda: {}[[]],
    lambda: set([[1]]),
    lambda: frozenset([{}]),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: {}.get(),
    lambda: 'x'.join(),
    lambda: range(),
    lambda: range(1, 2, 0),
    lambda: isinstance(1, 2),
    lambda: divmod(1),
    lambda: 1(),
    lambda: None.x,
    lambda: (1).foo,
    lambda: [1, 2][1.0],
    lambda: 'abc'['x'],
    lambda: {1: 2}.pop(),
    lambda: sorted(1),
    lambda: sum(['a']),
    lambda: zip(1),
    lambda: chr(-1),
    lambda: ord('ab'),
    lambda: f(*[1], **{'d': 1, 'a': 2}),
    lambda: print(sep=1),
    lambda: dict(1),
    lambda: list(1, 2),
    lambda: tuple(5),
    lambda: min(),
    lambda: enumerate(),
    lambda: [1][5],
    lambda: (1, 2).index(3),
    lambda: [1].remove(2),
]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)

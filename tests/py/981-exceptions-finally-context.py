# __eq__ without __hash__, recursive reprs, return/continue/break through
# finally, exception context and cause, assert messages, __exit__ swallowing.
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and o.x == self.x
    def __repr__(self):
        return f'P({self.x!r})'
try:
    {P(1)}
except TypeError as e:
    print(e)
print(P(1) == P(1), P(1) != P(2), P(1) in [P(1)], [P(1)].index(P(1)), [P(2)].count(P(2)))
l = [1]
l.append(l)
print(l, repr({'a': l}))
d = {}
d['self'] = d
print(d)
def f():
    try:
        return 'try'
    finally:
        print('finally')
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('fin', i)
    return i
print(g())
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('wrapped')
try:
    h()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def k():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError('k') from z
try:
    k()
except KeyError as e:
    print(repr(e), type(e.__cause__).__name__, e.__suppress_context__)
try:
    assert 1 == 2, 'msg %d' % 5
except AssertionError as e:
    print(e.args)
try:
    assert False
except AssertionError as e:
    print(e.args)
class CM:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, v)
        return True
with CM() as c:
    raise RuntimeError('boom')
print('after')
try:
    raise Exception('a', 1)
except Exception as e:
    print(e, e.args, str(e), repr(e))
print(repr(ValueError()), str(ValueError()), repr(KeyError('x')), str(KeyError('x')), str(KeyError()))

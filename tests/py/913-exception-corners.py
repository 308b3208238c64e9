# Exceptions: try/except/else/finally with return, continue and break;
# implicit and explicit chaining (__context__, __cause__, from None); the
# except name unbound after the clause; assert messages; exception
# subclasses with __init__; raising a non-exception; a generator closed by
# break.
def f(n):
    try:
        if n == 0:
            raise ValueError('zero')
        return 10 // n
    except ValueError as e:
        print('caught', e)
        return 'v'
    else:
        print('else', n)
    finally:
        print('finally', n)
print(f(0), f(5))
def g():
    try:
        return 'try'
    finally:
        print('g finally')
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('h fin', i)
h()
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise TypeError('b')
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError('a')
    except KeyError as k:
        raise TypeError('b') from k
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError('x') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, e.args)
e = None
try:
    1 / 0
except ZeroDivisionError as exc:
    e = exc
print(type(e).__name__, e.args, str(e), repr(e))
try:
    exc
except NameError as ne:
    print(ne)
try:
    assert 1 == 2, 'math'
except AssertionError as a:
    print('assert', a)
try:
    assert False
except AssertionError as a:
    print('assert', repr(a))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__('code', code)
        self.code = code
try:
    raise MyErr(7)
except Exception as m:
    print(m, m.code, m.args, isinstance(m, MyErr))
try:
    raise MyErr
except TypeError as t:
    print(t)
try:
    [][0]
except (KeyError, IndexError) as ie:
    print(type(ie).__name__, ie)
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value, s.args)
print(repr(ValueError()), str(ValueError(1, 2)), repr(KeyError('k')), str(KeyError('k')), str(KeyError()))
try:
    raise 5
except TypeError as t:
    print(t)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen closed')
for v in gen():
    print(v)
    break
print('after break')

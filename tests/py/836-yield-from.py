# yield from (3.11: GET_YIELD_FROM_ITER, then a SEND loop): a generator
# delegated to, sent values passed on, its return value the value of the
# expression; lists, iterators and strings; close() closing the delegate
# first (its finally runs before the outer one); an error raised inside
# passing through both frames.
import sys


def inner(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print('inner got', got)
    return 'inner done'


def outer():
    r = yield from inner(3)
    print('returned', r)
    r2 = yield from [10, 20]
    print('list gives', r2)
    r3 = yield from iter(range(2))
    return r3


g = outer()
print(sys.getsizeof(g))
print(next(g))
print(g.send('hello'))
print(list(g))


def chain(*its):
    for it in its:
        yield from it


print(list(chain([1, 2], (3,), 'ab', range(2))))


def deleg():
    try:
        yield from inner(5)
    finally:
        print('outer finally')


def inner2():
    try:
        yield 1
        yield 2
    finally:
        print('inner2 finally')


def deleg2():
    yield from inner2()


d = deleg()
print(next(d))
d.close()
e = deleg2()
print(next(e))
e.close()
print(sys.getsizeof(deleg2()), sys.getsizeof(chain()))


def fail():
    yield 1
    raise ValueError('in inner')


def wrap():
    yield from fail()


w = wrap()
print(next(w))
try:
    next(w)
except ValueError as ex:
    print('caught', ex)
x = wrap()
next(x)
next(x)

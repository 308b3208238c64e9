# Code objects of functions with while loops: CPython 3.11 tests the
# condition before the body and again after it, jumps through `not`,
# `and` and `or` without computing their values, folds a constant true
# test, and gives the final `return None` a copy per extra way in.
import sys


def count_up():
    i = 0
    while i < 10:
        i += 1
    return i


def count_down(n):
    while n:
        n -= 1


def drain(xs):
    total = 0
    while xs:
        x = xs.pop()
        if x > 3:
            break
        total += x
    else:
        total = -1
    return total


def spin():
    while True:
        pass


def nested(n):
    i = 0
    while i < n:
        j = 0
        while j < i:
            j += 1
            if j == 5:
                continue
        i += 1
    return i


def both(n):
    while n > 0 and n != 7:
        n -= 2


def negated(n):
    while not n:
        n = 1


def either(a, b):
    steps = 0
    while a or b:
        if a:
            a -= 1
        else:
            b -= 1
        steps += 1
    return steps


def mixed(a, b, c):
    while (a or b) and not c:
        a, b, c = b, c, a
    return a, b, c


def forever_break(limit):
    n = 0
    while 1:
        n += 1
        if n >= limit:
            break
    return n


def with_else(n):
    while n > 0:
        n -= 3
    else:
        n = 100
    return n


def one_if(x):
    if x:
        x = 1


for f in (count_up, count_down, drain, spin, nested, both, negated, either, mixed,
          forever_break, with_else, one_if):
    print(f.__name__, sys.getsizeof(f.__code__))

print(count_up(), count_down(5), drain([1, 2, 9, 1]), drain([1, 1]), nested(7))
print(both(20), both(13), negated(0), either(2, 3), mixed(0, 1, 0), mixed([], "", None))
print(forever_break(4), with_else(10))
calls = []


def seen(v):
    calls.append(v)
    return v


n = 3
while seen(n) and not seen(n == 1):
    n -= 1
print(calls, n)

"""co_code length of conditions in every jump context (written by gen-jumps.py)."""
import sys


def units(*codes):
    s = [sys.getsizeof(c) for c in codes]
    return [u for u in range(2000)
            if all((184 + 2 * (u + k) + 7) // 8 * 8 == n for k, n in enumerate(s))]


def s0_0_0(x, y, z):
    if x:
        return 1
    return 2


def s0_0_1(x, y, z):
    pass
    if x:
        return 1
    return 2


def s0_0_2(x, y, z):
    pass
    pass
    if x:
        return 1
    return 2


def s0_0_3(x, y, z):
    pass
    pass
    pass
    if x:
        return 1
    return 2


print('x', 'if', units(s0_0_0.__code__, s0_0_1.__code__, s0_0_2.__code__, s0_0_3.__code__))


def s0_1_0(x, y, z):
    if x:
        return 1
    elif not x:
        return 3
    else:
        return 2


def s0_1_1(x, y, z):
    pass
    if x:
        return 1
    elif not x:
        return 3
    else:
        return 2


def s0_1_2(x, y, z):
    pass
    pass
    if x:
        return 1
    elif not x:
        return 3
    else:
        return 2


def s0_1_3(x, y, z):
    pass
    pass
    pass
    if x:
        return 1
    elif not x:
        return 3
    else:
        return 2


print('x', 'elif', units(s0_1_0.__code__, s0_1_1.__code__, s0_1_2.__code__, s0_1_3.__code__))


def s0_2_0(x, y, z):
    if x:
        x = 1
    else:
        x = 2


def s0_2_1(x, y, z):
    pass
    if x:
        x = 1
    else:
        x = 2


def s0_2_2(x, y, z):
    pass
    pass
    if x:
        x = 1
    else:
        x = 2


def s0_2_3(x, y, z):
    pass
    pass
    pass
    if x:
        x = 1
    else:
        x = 2


print('x', 'ifend', units(s0_2_0.__code__, s0_2_1.__code__, s0_2_2.__code__, s0_2_3.__code__))


def s0_3_0(x, y, z):
    n = 0
    while x:
        n += 1
        if n > 2:
            break
    return n


def s0_3_1(x, y, z):
    pass
    n = 0
    while x:
        n += 1
        if n > 2:
            break
    return n


def s0_3_2(x, y, z):
    pass
    pass
    n = 0
    while x:
        n += 1
        if n > 2:
            break
    return n


def s0_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x:
        n += 1
        if n > 2:
            break
    return n


print('x', 'while', units(s0_3_0.__code__, s0_3_1.__code__, s0_3_2.__code__, s0_3_3.__code__))


def s0_4_0(x, y, z):
    assert x, 'no'


def s0_4_1(x, y, z):
    pass
    assert x, 'no'


def s0_4_2(x, y, z):
    pass
    pass
    assert x, 'no'


def s0_4_3(x, y, z):
    pass
    pass
    pass
    assert x, 'no'


print('x', 'assert', units(s0_4_0.__code__, s0_4_1.__code__, s0_4_2.__code__, s0_4_3.__code__))


def s0_5_0(x, y, z):
    return 1 if x else 2


def s0_5_1(x, y, z):
    pass
    return 1 if x else 2


def s0_5_2(x, y, z):
    pass
    pass
    return 1 if x else 2


def s0_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x else 2


print('x', 'ifexp', units(s0_5_0.__code__, s0_5_1.__code__, s0_5_2.__code__, s0_5_3.__code__))


def s0_6_0(x, y, z):
    return [a for a in (x, y, z) if x]


def s0_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x]


def s0_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x]


def s0_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x]


print('x', 'comp', units(s0_6_0.__code__, s0_6_1.__code__, s0_6_2.__code__, s0_6_3.__code__))


def s0_7_0(x, y, z):
    return x


def s0_7_1(x, y, z):
    pass
    return x


def s0_7_2(x, y, z):
    pass
    pass
    return x


def s0_7_3(x, y, z):
    pass
    pass
    pass
    return x


print('x', 'value', units(s0_7_0.__code__, s0_7_1.__code__, s0_7_2.__code__, s0_7_3.__code__))


def s1_0_0(x, y, z):
    if not x:
        return 1
    return 2


def s1_0_1(x, y, z):
    pass
    if not x:
        return 1
    return 2


def s1_0_2(x, y, z):
    pass
    pass
    if not x:
        return 1
    return 2


def s1_0_3(x, y, z):
    pass
    pass
    pass
    if not x:
        return 1
    return 2


print('not x', 'if', units(s1_0_0.__code__, s1_0_1.__code__, s1_0_2.__code__, s1_0_3.__code__))


def s1_1_0(x, y, z):
    if not x:
        return 1
    elif not not x:
        return 3
    else:
        return 2


def s1_1_1(x, y, z):
    pass
    if not x:
        return 1
    elif not not x:
        return 3
    else:
        return 2


def s1_1_2(x, y, z):
    pass
    pass
    if not x:
        return 1
    elif not not x:
        return 3
    else:
        return 2


def s1_1_3(x, y, z):
    pass
    pass
    pass
    if not x:
        return 1
    elif not not x:
        return 3
    else:
        return 2


print('not x', 'elif', units(s1_1_0.__code__, s1_1_1.__code__, s1_1_2.__code__, s1_1_3.__code__))


def s1_2_0(x, y, z):
    if not x:
        x = 1
    else:
        x = 2


def s1_2_1(x, y, z):
    pass
    if not x:
        x = 1
    else:
        x = 2


def s1_2_2(x, y, z):
    pass
    pass
    if not x:
        x = 1
    else:
        x = 2


def s1_2_3(x, y, z):
    pass
    pass
    pass
    if not x:
        x = 1
    else:
        x = 2


print('not x', 'ifend', units(s1_2_0.__code__, s1_2_1.__code__, s1_2_2.__code__, s1_2_3.__code__))


def s1_3_0(x, y, z):
    n = 0
    while not x:
        n += 1
        if n > 2:
            break
    return n


def s1_3_1(x, y, z):
    pass
    n = 0
    while not x:
        n += 1
        if n > 2:
            break
    return n


def s1_3_2(x, y, z):
    pass
    pass
    n = 0
    while not x:
        n += 1
        if n > 2:
            break
    return n


def s1_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while not x:
        n += 1
        if n > 2:
            break
    return n


print('not x', 'while', units(s1_3_0.__code__, s1_3_1.__code__, s1_3_2.__code__, s1_3_3.__code__))


def s1_4_0(x, y, z):
    assert not x, 'no'


def s1_4_1(x, y, z):
    pass
    assert not x, 'no'


def s1_4_2(x, y, z):
    pass
    pass
    assert not x, 'no'


def s1_4_3(x, y, z):
    pass
    pass
    pass
    assert not x, 'no'


print('not x', 'assert', units(s1_4_0.__code__, s1_4_1.__code__, s1_4_2.__code__, s1_4_3.__code__))


def s1_5_0(x, y, z):
    return 1 if not x else 2


def s1_5_1(x, y, z):
    pass
    return 1 if not x else 2


def s1_5_2(x, y, z):
    pass
    pass
    return 1 if not x else 2


def s1_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if not x else 2


print('not x', 'ifexp', units(s1_5_0.__code__, s1_5_1.__code__, s1_5_2.__code__, s1_5_3.__code__))


def s1_6_0(x, y, z):
    return [a for a in (x, y, z) if not x]


def s1_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if not x]


def s1_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if not x]


def s1_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if not x]


print('not x', 'comp', units(s1_6_0.__code__, s1_6_1.__code__, s1_6_2.__code__, s1_6_3.__code__))


def s1_7_0(x, y, z):
    return not x


def s1_7_1(x, y, z):
    pass
    return not x


def s1_7_2(x, y, z):
    pass
    pass
    return not x


def s1_7_3(x, y, z):
    pass
    pass
    pass
    return not x


print('not x', 'value', units(s1_7_0.__code__, s1_7_1.__code__, s1_7_2.__code__, s1_7_3.__code__))


def s2_0_0(x, y, z):
    if not not x:
        return 1
    return 2


def s2_0_1(x, y, z):
    pass
    if not not x:
        return 1
    return 2


def s2_0_2(x, y, z):
    pass
    pass
    if not not x:
        return 1
    return 2


def s2_0_3(x, y, z):
    pass
    pass
    pass
    if not not x:
        return 1
    return 2


print('not not x', 'if', units(s2_0_0.__code__, s2_0_1.__code__, s2_0_2.__code__, s2_0_3.__code__))


def s2_1_0(x, y, z):
    if not not x:
        return 1
    elif not not not x:
        return 3
    else:
        return 2


def s2_1_1(x, y, z):
    pass
    if not not x:
        return 1
    elif not not not x:
        return 3
    else:
        return 2


def s2_1_2(x, y, z):
    pass
    pass
    if not not x:
        return 1
    elif not not not x:
        return 3
    else:
        return 2


def s2_1_3(x, y, z):
    pass
    pass
    pass
    if not not x:
        return 1
    elif not not not x:
        return 3
    else:
        return 2


print('not not x', 'elif', units(s2_1_0.__code__, s2_1_1.__code__, s2_1_2.__code__, s2_1_3.__code__))


def s2_2_0(x, y, z):
    if not not x:
        x = 1
    else:
        x = 2


def s2_2_1(x, y, z):
    pass
    if not not x:
        x = 1
    else:
        x = 2


def s2_2_2(x, y, z):
    pass
    pass
    if not not x:
        x = 1
    else:
        x = 2


def s2_2_3(x, y, z):
    pass
    pass
    pass
    if not not x:
        x = 1
    else:
        x = 2


print('not not x', 'ifend', units(s2_2_0.__code__, s2_2_1.__code__, s2_2_2.__code__, s2_2_3.__code__))


def s2_3_0(x, y, z):
    n = 0
    while not not x:
        n += 1
        if n > 2:
            break
    return n


def s2_3_1(x, y, z):
    pass
    n = 0
    while not not x:
        n += 1
        if n > 2:
            break
    return n


def s2_3_2(x, y, z):
    pass
    pass
    n = 0
    while not not x:
        n += 1
        if n > 2:
            break
    return n


def s2_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while not not x:
        n += 1
        if n > 2:
            break
    return n


print('not not x', 'while', units(s2_3_0.__code__, s2_3_1.__code__, s2_3_2.__code__, s2_3_3.__code__))


def s2_4_0(x, y, z):
    assert not not x, 'no'


def s2_4_1(x, y, z):
    pass
    assert not not x, 'no'


def s2_4_2(x, y, z):
    pass
    pass
    assert not not x, 'no'


def s2_4_3(x, y, z):
    pass
    pass
    pass
    assert not not x, 'no'


print('not not x', 'assert', units(s2_4_0.__code__, s2_4_1.__code__, s2_4_2.__code__, s2_4_3.__code__))


def s2_5_0(x, y, z):
    return 1 if not not x else 2


def s2_5_1(x, y, z):
    pass
    return 1 if not not x else 2


def s2_5_2(x, y, z):
    pass
    pass
    return 1 if not not x else 2


def s2_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if not not x else 2


print('not not x', 'ifexp', units(s2_5_0.__code__, s2_5_1.__code__, s2_5_2.__code__, s2_5_3.__code__))


def s2_6_0(x, y, z):
    return [a for a in (x, y, z) if not not x]


def s2_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if not not x]


def s2_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if not not x]


def s2_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if not not x]


print('not not x', 'comp', units(s2_6_0.__code__, s2_6_1.__code__, s2_6_2.__code__, s2_6_3.__code__))


def s2_7_0(x, y, z):
    return not not x


def s2_7_1(x, y, z):
    pass
    return not not x


def s2_7_2(x, y, z):
    pass
    pass
    return not not x


def s2_7_3(x, y, z):
    pass
    pass
    pass
    return not not x


print('not not x', 'value', units(s2_7_0.__code__, s2_7_1.__code__, s2_7_2.__code__, s2_7_3.__code__))


def s3_0_0(x, y, z):
    if x is None:
        return 1
    return 2


def s3_0_1(x, y, z):
    pass
    if x is None:
        return 1
    return 2


def s3_0_2(x, y, z):
    pass
    pass
    if x is None:
        return 1
    return 2


def s3_0_3(x, y, z):
    pass
    pass
    pass
    if x is None:
        return 1
    return 2


print('x is None', 'if', units(s3_0_0.__code__, s3_0_1.__code__, s3_0_2.__code__, s3_0_3.__code__))


def s3_1_0(x, y, z):
    if x is None:
        return 1
    elif not x is None:
        return 3
    else:
        return 2


def s3_1_1(x, y, z):
    pass
    if x is None:
        return 1
    elif not x is None:
        return 3
    else:
        return 2


def s3_1_2(x, y, z):
    pass
    pass
    if x is None:
        return 1
    elif not x is None:
        return 3
    else:
        return 2


def s3_1_3(x, y, z):
    pass
    pass
    pass
    if x is None:
        return 1
    elif not x is None:
        return 3
    else:
        return 2


print('x is None', 'elif', units(s3_1_0.__code__, s3_1_1.__code__, s3_1_2.__code__, s3_1_3.__code__))


def s3_2_0(x, y, z):
    if x is None:
        x = 1
    else:
        x = 2


def s3_2_1(x, y, z):
    pass
    if x is None:
        x = 1
    else:
        x = 2


def s3_2_2(x, y, z):
    pass
    pass
    if x is None:
        x = 1
    else:
        x = 2


def s3_2_3(x, y, z):
    pass
    pass
    pass
    if x is None:
        x = 1
    else:
        x = 2


print('x is None', 'ifend', units(s3_2_0.__code__, s3_2_1.__code__, s3_2_2.__code__, s3_2_3.__code__))


def s3_3_0(x, y, z):
    n = 0
    while x is None:
        n += 1
        if n > 2:
            break
    return n


def s3_3_1(x, y, z):
    pass
    n = 0
    while x is None:
        n += 1
        if n > 2:
            break
    return n


def s3_3_2(x, y, z):
    pass
    pass
    n = 0
    while x is None:
        n += 1
        if n > 2:
            break
    return n


def s3_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x is None:
        n += 1
        if n > 2:
            break
    return n


print('x is None', 'while', units(s3_3_0.__code__, s3_3_1.__code__, s3_3_2.__code__, s3_3_3.__code__))


def s3_4_0(x, y, z):
    assert x is None, 'no'


def s3_4_1(x, y, z):
    pass
    assert x is None, 'no'


def s3_4_2(x, y, z):
    pass
    pass
    assert x is None, 'no'


def s3_4_3(x, y, z):
    pass
    pass
    pass
    assert x is None, 'no'


print('x is None', 'assert', units(s3_4_0.__code__, s3_4_1.__code__, s3_4_2.__code__, s3_4_3.__code__))


def s3_5_0(x, y, z):
    return 1 if x is None else 2


def s3_5_1(x, y, z):
    pass
    return 1 if x is None else 2


def s3_5_2(x, y, z):
    pass
    pass
    return 1 if x is None else 2


def s3_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x is None else 2


print('x is None', 'ifexp', units(s3_5_0.__code__, s3_5_1.__code__, s3_5_2.__code__, s3_5_3.__code__))


def s3_6_0(x, y, z):
    return [a for a in (x, y, z) if x is None]


def s3_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x is None]


def s3_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x is None]


def s3_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x is None]


print('x is None', 'comp', units(s3_6_0.__code__, s3_6_1.__code__, s3_6_2.__code__, s3_6_3.__code__))


def s3_7_0(x, y, z):
    return x is None


def s3_7_1(x, y, z):
    pass
    return x is None


def s3_7_2(x, y, z):
    pass
    pass
    return x is None


def s3_7_3(x, y, z):
    pass
    pass
    pass
    return x is None


print('x is None', 'value', units(s3_7_0.__code__, s3_7_1.__code__, s3_7_2.__code__, s3_7_3.__code__))


def s4_0_0(x, y, z):
    if x is not None:
        return 1
    return 2


def s4_0_1(x, y, z):
    pass
    if x is not None:
        return 1
    return 2


def s4_0_2(x, y, z):
    pass
    pass
    if x is not None:
        return 1
    return 2


def s4_0_3(x, y, z):
    pass
    pass
    pass
    if x is not None:
        return 1
    return 2


print('x is not None', 'if', units(s4_0_0.__code__, s4_0_1.__code__, s4_0_2.__code__, s4_0_3.__code__))


def s4_1_0(x, y, z):
    if x is not None:
        return 1
    elif not x is not None:
        return 3
    else:
        return 2


def s4_1_1(x, y, z):
    pass
    if x is not None:
        return 1
    elif not x is not None:
        return 3
    else:
        return 2


def s4_1_2(x, y, z):
    pass
    pass
    if x is not None:
        return 1
    elif not x is not None:
        return 3
    else:
        return 2


def s4_1_3(x, y, z):
    pass
    pass
    pass
    if x is not None:
        return 1
    elif not x is not None:
        return 3
    else:
        return 2


print('x is not None', 'elif', units(s4_1_0.__code__, s4_1_1.__code__, s4_1_2.__code__, s4_1_3.__code__))


def s4_2_0(x, y, z):
    if x is not None:
        x = 1
    else:
        x = 2


def s4_2_1(x, y, z):
    pass
    if x is not None:
        x = 1
    else:
        x = 2


def s4_2_2(x, y, z):
    pass
    pass
    if x is not None:
        x = 1
    else:
        x = 2


def s4_2_3(x, y, z):
    pass
    pass
    pass
    if x is not None:
        x = 1
    else:
        x = 2


print('x is not None', 'ifend', units(s4_2_0.__code__, s4_2_1.__code__, s4_2_2.__code__, s4_2_3.__code__))


def s4_3_0(x, y, z):
    n = 0
    while x is not None:
        n += 1
        if n > 2:
            break
    return n


def s4_3_1(x, y, z):
    pass
    n = 0
    while x is not None:
        n += 1
        if n > 2:
            break
    return n


def s4_3_2(x, y, z):
    pass
    pass
    n = 0
    while x is not None:
        n += 1
        if n > 2:
            break
    return n


def s4_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x is not None:
        n += 1
        if n > 2:
            break
    return n


print('x is not None', 'while', units(s4_3_0.__code__, s4_3_1.__code__, s4_3_2.__code__, s4_3_3.__code__))


def s4_4_0(x, y, z):
    assert x is not None, 'no'


def s4_4_1(x, y, z):
    pass
    assert x is not None, 'no'


def s4_4_2(x, y, z):
    pass
    pass
    assert x is not None, 'no'


def s4_4_3(x, y, z):
    pass
    pass
    pass
    assert x is not None, 'no'


print('x is not None', 'assert', units(s4_4_0.__code__, s4_4_1.__code__, s4_4_2.__code__, s4_4_3.__code__))


def s4_5_0(x, y, z):
    return 1 if x is not None else 2


def s4_5_1(x, y, z):
    pass
    return 1 if x is not None else 2


def s4_5_2(x, y, z):
    pass
    pass
    return 1 if x is not None else 2


def s4_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x is not None else 2


print('x is not None', 'ifexp', units(s4_5_0.__code__, s4_5_1.__code__, s4_5_2.__code__, s4_5_3.__code__))


def s4_6_0(x, y, z):
    return [a for a in (x, y, z) if x is not None]


def s4_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x is not None]


def s4_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x is not None]


def s4_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x is not None]


print('x is not None', 'comp', units(s4_6_0.__code__, s4_6_1.__code__, s4_6_2.__code__, s4_6_3.__code__))


def s4_7_0(x, y, z):
    return x is not None


def s4_7_1(x, y, z):
    pass
    return x is not None


def s4_7_2(x, y, z):
    pass
    pass
    return x is not None


def s4_7_3(x, y, z):
    pass
    pass
    pass
    return x is not None


print('x is not None', 'value', units(s4_7_0.__code__, s4_7_1.__code__, s4_7_2.__code__, s4_7_3.__code__))


def s5_0_0(x, y, z):
    if not x is None:
        return 1
    return 2


def s5_0_1(x, y, z):
    pass
    if not x is None:
        return 1
    return 2


def s5_0_2(x, y, z):
    pass
    pass
    if not x is None:
        return 1
    return 2


def s5_0_3(x, y, z):
    pass
    pass
    pass
    if not x is None:
        return 1
    return 2


print('not x is None', 'if', units(s5_0_0.__code__, s5_0_1.__code__, s5_0_2.__code__, s5_0_3.__code__))


def s5_1_0(x, y, z):
    if not x is None:
        return 1
    elif not not x is None:
        return 3
    else:
        return 2


def s5_1_1(x, y, z):
    pass
    if not x is None:
        return 1
    elif not not x is None:
        return 3
    else:
        return 2


def s5_1_2(x, y, z):
    pass
    pass
    if not x is None:
        return 1
    elif not not x is None:
        return 3
    else:
        return 2


def s5_1_3(x, y, z):
    pass
    pass
    pass
    if not x is None:
        return 1
    elif not not x is None:
        return 3
    else:
        return 2


print('not x is None', 'elif', units(s5_1_0.__code__, s5_1_1.__code__, s5_1_2.__code__, s5_1_3.__code__))


def s5_2_0(x, y, z):
    if not x is None:
        x = 1
    else:
        x = 2


def s5_2_1(x, y, z):
    pass
    if not x is None:
        x = 1
    else:
        x = 2


def s5_2_2(x, y, z):
    pass
    pass
    if not x is None:
        x = 1
    else:
        x = 2


def s5_2_3(x, y, z):
    pass
    pass
    pass
    if not x is None:
        x = 1
    else:
        x = 2


print('not x is None', 'ifend', units(s5_2_0.__code__, s5_2_1.__code__, s5_2_2.__code__, s5_2_3.__code__))


def s5_3_0(x, y, z):
    n = 0
    while not x is None:
        n += 1
        if n > 2:
            break
    return n


def s5_3_1(x, y, z):
    pass
    n = 0
    while not x is None:
        n += 1
        if n > 2:
            break
    return n


def s5_3_2(x, y, z):
    pass
    pass
    n = 0
    while not x is None:
        n += 1
        if n > 2:
            break
    return n


def s5_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while not x is None:
        n += 1
        if n > 2:
            break
    return n


print('not x is None', 'while', units(s5_3_0.__code__, s5_3_1.__code__, s5_3_2.__code__, s5_3_3.__code__))


def s5_4_0(x, y, z):
    assert not x is None, 'no'


def s5_4_1(x, y, z):
    pass
    assert not x is None, 'no'


def s5_4_2(x, y, z):
    pass
    pass
    assert not x is None, 'no'


def s5_4_3(x, y, z):
    pass
    pass
    pass
    assert not x is None, 'no'


print('not x is None', 'assert', units(s5_4_0.__code__, s5_4_1.__code__, s5_4_2.__code__, s5_4_3.__code__))


def s5_5_0(x, y, z):
    return 1 if not x is None else 2


def s5_5_1(x, y, z):
    pass
    return 1 if not x is None else 2


def s5_5_2(x, y, z):
    pass
    pass
    return 1 if not x is None else 2


def s5_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if not x is None else 2


print('not x is None', 'ifexp', units(s5_5_0.__code__, s5_5_1.__code__, s5_5_2.__code__, s5_5_3.__code__))


def s5_6_0(x, y, z):
    return [a for a in (x, y, z) if not x is None]


def s5_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if not x is None]


def s5_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if not x is None]


def s5_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if not x is None]


print('not x is None', 'comp', units(s5_6_0.__code__, s5_6_1.__code__, s5_6_2.__code__, s5_6_3.__code__))


def s5_7_0(x, y, z):
    return not x is None


def s5_7_1(x, y, z):
    pass
    return not x is None


def s5_7_2(x, y, z):
    pass
    pass
    return not x is None


def s5_7_3(x, y, z):
    pass
    pass
    pass
    return not x is None


print('not x is None', 'value', units(s5_7_0.__code__, s5_7_1.__code__, s5_7_2.__code__, s5_7_3.__code__))


def s6_0_0(x, y, z):
    if not (x is None):
        return 1
    return 2


def s6_0_1(x, y, z):
    pass
    if not (x is None):
        return 1
    return 2


def s6_0_2(x, y, z):
    pass
    pass
    if not (x is None):
        return 1
    return 2


def s6_0_3(x, y, z):
    pass
    pass
    pass
    if not (x is None):
        return 1
    return 2


print('not (x is None)', 'if', units(s6_0_0.__code__, s6_0_1.__code__, s6_0_2.__code__, s6_0_3.__code__))


def s6_1_0(x, y, z):
    if not (x is None):
        return 1
    elif not not (x is None):
        return 3
    else:
        return 2


def s6_1_1(x, y, z):
    pass
    if not (x is None):
        return 1
    elif not not (x is None):
        return 3
    else:
        return 2


def s6_1_2(x, y, z):
    pass
    pass
    if not (x is None):
        return 1
    elif not not (x is None):
        return 3
    else:
        return 2


def s6_1_3(x, y, z):
    pass
    pass
    pass
    if not (x is None):
        return 1
    elif not not (x is None):
        return 3
    else:
        return 2


print('not (x is None)', 'elif', units(s6_1_0.__code__, s6_1_1.__code__, s6_1_2.__code__, s6_1_3.__code__))


def s6_2_0(x, y, z):
    if not (x is None):
        x = 1
    else:
        x = 2


def s6_2_1(x, y, z):
    pass
    if not (x is None):
        x = 1
    else:
        x = 2


def s6_2_2(x, y, z):
    pass
    pass
    if not (x is None):
        x = 1
    else:
        x = 2


def s6_2_3(x, y, z):
    pass
    pass
    pass
    if not (x is None):
        x = 1
    else:
        x = 2


print('not (x is None)', 'ifend', units(s6_2_0.__code__, s6_2_1.__code__, s6_2_2.__code__, s6_2_3.__code__))


def s6_3_0(x, y, z):
    n = 0
    while not (x is None):
        n += 1
        if n > 2:
            break
    return n


def s6_3_1(x, y, z):
    pass
    n = 0
    while not (x is None):
        n += 1
        if n > 2:
            break
    return n


def s6_3_2(x, y, z):
    pass
    pass
    n = 0
    while not (x is None):
        n += 1
        if n > 2:
            break
    return n


def s6_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while not (x is None):
        n += 1
        if n > 2:
            break
    return n


print('not (x is None)', 'while', units(s6_3_0.__code__, s6_3_1.__code__, s6_3_2.__code__, s6_3_3.__code__))


def s6_4_0(x, y, z):
    assert not (x is None), 'no'


def s6_4_1(x, y, z):
    pass
    assert not (x is None), 'no'


def s6_4_2(x, y, z):
    pass
    pass
    assert not (x is None), 'no'


def s6_4_3(x, y, z):
    pass
    pass
    pass
    assert not (x is None), 'no'


print('not (x is None)', 'assert', units(s6_4_0.__code__, s6_4_1.__code__, s6_4_2.__code__, s6_4_3.__code__))


def s6_5_0(x, y, z):
    return 1 if not (x is None) else 2


def s6_5_1(x, y, z):
    pass
    return 1 if not (x is None) else 2


def s6_5_2(x, y, z):
    pass
    pass
    return 1 if not (x is None) else 2


def s6_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if not (x is None) else 2


print('not (x is None)', 'ifexp', units(s6_5_0.__code__, s6_5_1.__code__, s6_5_2.__code__, s6_5_3.__code__))


def s6_6_0(x, y, z):
    return [a for a in (x, y, z) if not (x is None)]


def s6_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if not (x is None)]


def s6_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if not (x is None)]


def s6_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if not (x is None)]


print('not (x is None)', 'comp', units(s6_6_0.__code__, s6_6_1.__code__, s6_6_2.__code__, s6_6_3.__code__))


def s6_7_0(x, y, z):
    return not (x is None)


def s6_7_1(x, y, z):
    pass
    return not (x is None)


def s6_7_2(x, y, z):
    pass
    pass
    return not (x is None)


def s6_7_3(x, y, z):
    pass
    pass
    pass
    return not (x is None)


print('not (x is None)', 'value', units(s6_7_0.__code__, s6_7_1.__code__, s6_7_2.__code__, s6_7_3.__code__))


def s7_0_0(x, y, z):
    if None is x:
        return 1
    return 2


def s7_0_1(x, y, z):
    pass
    if None is x:
        return 1
    return 2


def s7_0_2(x, y, z):
    pass
    pass
    if None is x:
        return 1
    return 2


def s7_0_3(x, y, z):
    pass
    pass
    pass
    if None is x:
        return 1
    return 2


print('None is x', 'if', units(s7_0_0.__code__, s7_0_1.__code__, s7_0_2.__code__, s7_0_3.__code__))


def s7_1_0(x, y, z):
    if None is x:
        return 1
    elif not None is x:
        return 3
    else:
        return 2


def s7_1_1(x, y, z):
    pass
    if None is x:
        return 1
    elif not None is x:
        return 3
    else:
        return 2


def s7_1_2(x, y, z):
    pass
    pass
    if None is x:
        return 1
    elif not None is x:
        return 3
    else:
        return 2


def s7_1_3(x, y, z):
    pass
    pass
    pass
    if None is x:
        return 1
    elif not None is x:
        return 3
    else:
        return 2


print('None is x', 'elif', units(s7_1_0.__code__, s7_1_1.__code__, s7_1_2.__code__, s7_1_3.__code__))


def s7_2_0(x, y, z):
    if None is x:
        x = 1
    else:
        x = 2


def s7_2_1(x, y, z):
    pass
    if None is x:
        x = 1
    else:
        x = 2


def s7_2_2(x, y, z):
    pass
    pass
    if None is x:
        x = 1
    else:
        x = 2


def s7_2_3(x, y, z):
    pass
    pass
    pass
    if None is x:
        x = 1
    else:
        x = 2


print('None is x', 'ifend', units(s7_2_0.__code__, s7_2_1.__code__, s7_2_2.__code__, s7_2_3.__code__))


def s7_3_0(x, y, z):
    n = 0
    while None is x:
        n += 1
        if n > 2:
            break
    return n


def s7_3_1(x, y, z):
    pass
    n = 0
    while None is x:
        n += 1
        if n > 2:
            break
    return n


def s7_3_2(x, y, z):
    pass
    pass
    n = 0
    while None is x:
        n += 1
        if n > 2:
            break
    return n


def s7_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while None is x:
        n += 1
        if n > 2:
            break
    return n


print('None is x', 'while', units(s7_3_0.__code__, s7_3_1.__code__, s7_3_2.__code__, s7_3_3.__code__))


def s7_4_0(x, y, z):
    assert None is x, 'no'


def s7_4_1(x, y, z):
    pass
    assert None is x, 'no'


def s7_4_2(x, y, z):
    pass
    pass
    assert None is x, 'no'


def s7_4_3(x, y, z):
    pass
    pass
    pass
    assert None is x, 'no'


print('None is x', 'assert', units(s7_4_0.__code__, s7_4_1.__code__, s7_4_2.__code__, s7_4_3.__code__))


def s7_5_0(x, y, z):
    return 1 if None is x else 2


def s7_5_1(x, y, z):
    pass
    return 1 if None is x else 2


def s7_5_2(x, y, z):
    pass
    pass
    return 1 if None is x else 2


def s7_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if None is x else 2


print('None is x', 'ifexp', units(s7_5_0.__code__, s7_5_1.__code__, s7_5_2.__code__, s7_5_3.__code__))


def s7_6_0(x, y, z):
    return [a for a in (x, y, z) if None is x]


def s7_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if None is x]


def s7_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if None is x]


def s7_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if None is x]


print('None is x', 'comp', units(s7_6_0.__code__, s7_6_1.__code__, s7_6_2.__code__, s7_6_3.__code__))


def s7_7_0(x, y, z):
    return None is x


def s7_7_1(x, y, z):
    pass
    return None is x


def s7_7_2(x, y, z):
    pass
    pass
    return None is x


def s7_7_3(x, y, z):
    pass
    pass
    pass
    return None is x


print('None is x', 'value', units(s7_7_0.__code__, s7_7_1.__code__, s7_7_2.__code__, s7_7_3.__code__))


def s8_0_0(x, y, z):
    if x == 1:
        return 1
    return 2


def s8_0_1(x, y, z):
    pass
    if x == 1:
        return 1
    return 2


def s8_0_2(x, y, z):
    pass
    pass
    if x == 1:
        return 1
    return 2


def s8_0_3(x, y, z):
    pass
    pass
    pass
    if x == 1:
        return 1
    return 2


print('x == 1', 'if', units(s8_0_0.__code__, s8_0_1.__code__, s8_0_2.__code__, s8_0_3.__code__))


def s8_1_0(x, y, z):
    if x == 1:
        return 1
    elif not x == 1:
        return 3
    else:
        return 2


def s8_1_1(x, y, z):
    pass
    if x == 1:
        return 1
    elif not x == 1:
        return 3
    else:
        return 2


def s8_1_2(x, y, z):
    pass
    pass
    if x == 1:
        return 1
    elif not x == 1:
        return 3
    else:
        return 2


def s8_1_3(x, y, z):
    pass
    pass
    pass
    if x == 1:
        return 1
    elif not x == 1:
        return 3
    else:
        return 2


print('x == 1', 'elif', units(s8_1_0.__code__, s8_1_1.__code__, s8_1_2.__code__, s8_1_3.__code__))


def s8_2_0(x, y, z):
    if x == 1:
        x = 1
    else:
        x = 2


def s8_2_1(x, y, z):
    pass
    if x == 1:
        x = 1
    else:
        x = 2


def s8_2_2(x, y, z):
    pass
    pass
    if x == 1:
        x = 1
    else:
        x = 2


def s8_2_3(x, y, z):
    pass
    pass
    pass
    if x == 1:
        x = 1
    else:
        x = 2


print('x == 1', 'ifend', units(s8_2_0.__code__, s8_2_1.__code__, s8_2_2.__code__, s8_2_3.__code__))


def s8_3_0(x, y, z):
    n = 0
    while x == 1:
        n += 1
        if n > 2:
            break
    return n


def s8_3_1(x, y, z):
    pass
    n = 0
    while x == 1:
        n += 1
        if n > 2:
            break
    return n


def s8_3_2(x, y, z):
    pass
    pass
    n = 0
    while x == 1:
        n += 1
        if n > 2:
            break
    return n


def s8_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x == 1:
        n += 1
        if n > 2:
            break
    return n


print('x == 1', 'while', units(s8_3_0.__code__, s8_3_1.__code__, s8_3_2.__code__, s8_3_3.__code__))


def s8_4_0(x, y, z):
    assert x == 1, 'no'


def s8_4_1(x, y, z):
    pass
    assert x == 1, 'no'


def s8_4_2(x, y, z):
    pass
    pass
    assert x == 1, 'no'


def s8_4_3(x, y, z):
    pass
    pass
    pass
    assert x == 1, 'no'


print('x == 1', 'assert', units(s8_4_0.__code__, s8_4_1.__code__, s8_4_2.__code__, s8_4_3.__code__))


def s8_5_0(x, y, z):
    return 1 if x == 1 else 2


def s8_5_1(x, y, z):
    pass
    return 1 if x == 1 else 2


def s8_5_2(x, y, z):
    pass
    pass
    return 1 if x == 1 else 2


def s8_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x == 1 else 2


print('x == 1', 'ifexp', units(s8_5_0.__code__, s8_5_1.__code__, s8_5_2.__code__, s8_5_3.__code__))


def s8_6_0(x, y, z):
    return [a for a in (x, y, z) if x == 1]


def s8_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x == 1]


def s8_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x == 1]


def s8_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x == 1]


print('x == 1', 'comp', units(s8_6_0.__code__, s8_6_1.__code__, s8_6_2.__code__, s8_6_3.__code__))


def s8_7_0(x, y, z):
    return x == 1


def s8_7_1(x, y, z):
    pass
    return x == 1


def s8_7_2(x, y, z):
    pass
    pass
    return x == 1


def s8_7_3(x, y, z):
    pass
    pass
    pass
    return x == 1


print('x == 1', 'value', units(s8_7_0.__code__, s8_7_1.__code__, s8_7_2.__code__, s8_7_3.__code__))


def s9_0_0(x, y, z):
    if x != y:
        return 1
    return 2


def s9_0_1(x, y, z):
    pass
    if x != y:
        return 1
    return 2


def s9_0_2(x, y, z):
    pass
    pass
    if x != y:
        return 1
    return 2


def s9_0_3(x, y, z):
    pass
    pass
    pass
    if x != y:
        return 1
    return 2


print('x != y', 'if', units(s9_0_0.__code__, s9_0_1.__code__, s9_0_2.__code__, s9_0_3.__code__))


def s9_1_0(x, y, z):
    if x != y:
        return 1
    elif not x != y:
        return 3
    else:
        return 2


def s9_1_1(x, y, z):
    pass
    if x != y:
        return 1
    elif not x != y:
        return 3
    else:
        return 2


def s9_1_2(x, y, z):
    pass
    pass
    if x != y:
        return 1
    elif not x != y:
        return 3
    else:
        return 2


def s9_1_3(x, y, z):
    pass
    pass
    pass
    if x != y:
        return 1
    elif not x != y:
        return 3
    else:
        return 2


print('x != y', 'elif', units(s9_1_0.__code__, s9_1_1.__code__, s9_1_2.__code__, s9_1_3.__code__))


def s9_2_0(x, y, z):
    if x != y:
        x = 1
    else:
        x = 2


def s9_2_1(x, y, z):
    pass
    if x != y:
        x = 1
    else:
        x = 2


def s9_2_2(x, y, z):
    pass
    pass
    if x != y:
        x = 1
    else:
        x = 2


def s9_2_3(x, y, z):
    pass
    pass
    pass
    if x != y:
        x = 1
    else:
        x = 2


print('x != y', 'ifend', units(s9_2_0.__code__, s9_2_1.__code__, s9_2_2.__code__, s9_2_3.__code__))


def s9_3_0(x, y, z):
    n = 0
    while x != y:
        n += 1
        if n > 2:
            break
    return n


def s9_3_1(x, y, z):
    pass
    n = 0
    while x != y:
        n += 1
        if n > 2:
            break
    return n


def s9_3_2(x, y, z):
    pass
    pass
    n = 0
    while x != y:
        n += 1
        if n > 2:
            break
    return n


def s9_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x != y:
        n += 1
        if n > 2:
            break
    return n


print('x != y', 'while', units(s9_3_0.__code__, s9_3_1.__code__, s9_3_2.__code__, s9_3_3.__code__))


def s9_4_0(x, y, z):
    assert x != y, 'no'


def s9_4_1(x, y, z):
    pass
    assert x != y, 'no'


def s9_4_2(x, y, z):
    pass
    pass
    assert x != y, 'no'


def s9_4_3(x, y, z):
    pass
    pass
    pass
    assert x != y, 'no'


print('x != y', 'assert', units(s9_4_0.__code__, s9_4_1.__code__, s9_4_2.__code__, s9_4_3.__code__))


def s9_5_0(x, y, z):
    return 1 if x != y else 2


def s9_5_1(x, y, z):
    pass
    return 1 if x != y else 2


def s9_5_2(x, y, z):
    pass
    pass
    return 1 if x != y else 2


def s9_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x != y else 2


print('x != y', 'ifexp', units(s9_5_0.__code__, s9_5_1.__code__, s9_5_2.__code__, s9_5_3.__code__))


def s9_6_0(x, y, z):
    return [a for a in (x, y, z) if x != y]


def s9_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x != y]


def s9_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x != y]


def s9_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x != y]


print('x != y', 'comp', units(s9_6_0.__code__, s9_6_1.__code__, s9_6_2.__code__, s9_6_3.__code__))


def s9_7_0(x, y, z):
    return x != y


def s9_7_1(x, y, z):
    pass
    return x != y


def s9_7_2(x, y, z):
    pass
    pass
    return x != y


def s9_7_3(x, y, z):
    pass
    pass
    pass
    return x != y


print('x != y', 'value', units(s9_7_0.__code__, s9_7_1.__code__, s9_7_2.__code__, s9_7_3.__code__))


def s10_0_0(x, y, z):
    if not x == 1:
        return 1
    return 2


def s10_0_1(x, y, z):
    pass
    if not x == 1:
        return 1
    return 2


def s10_0_2(x, y, z):
    pass
    pass
    if not x == 1:
        return 1
    return 2


def s10_0_3(x, y, z):
    pass
    pass
    pass
    if not x == 1:
        return 1
    return 2


print('not x == 1', 'if', units(s10_0_0.__code__, s10_0_1.__code__, s10_0_2.__code__, s10_0_3.__code__))


def s10_1_0(x, y, z):
    if not x == 1:
        return 1
    elif not not x == 1:
        return 3
    else:
        return 2


def s10_1_1(x, y, z):
    pass
    if not x == 1:
        return 1
    elif not not x == 1:
        return 3
    else:
        return 2


def s10_1_2(x, y, z):
    pass
    pass
    if not x == 1:
        return 1
    elif not not x == 1:
        return 3
    else:
        return 2


def s10_1_3(x, y, z):
    pass
    pass
    pass
    if not x == 1:
        return 1
    elif not not x == 1:
        return 3
    else:
        return 2


print('not x == 1', 'elif', units(s10_1_0.__code__, s10_1_1.__code__, s10_1_2.__code__, s10_1_3.__code__))


def s10_2_0(x, y, z):
    if not x == 1:
        x = 1
    else:
        x = 2


def s10_2_1(x, y, z):
    pass
    if not x == 1:
        x = 1
    else:
        x = 2


def s10_2_2(x, y, z):
    pass
    pass
    if not x == 1:
        x = 1
    else:
        x = 2


def s10_2_3(x, y, z):
    pass
    pass
    pass
    if not x == 1:
        x = 1
    else:
        x = 2


print('not x == 1', 'ifend', units(s10_2_0.__code__, s10_2_1.__code__, s10_2_2.__code__, s10_2_3.__code__))


def s10_3_0(x, y, z):
    n = 0
    while not x == 1:
        n += 1
        if n > 2:
            break
    return n


def s10_3_1(x, y, z):
    pass
    n = 0
    while not x == 1:
        n += 1
        if n > 2:
            break
    return n


def s10_3_2(x, y, z):
    pass
    pass
    n = 0
    while not x == 1:
        n += 1
        if n > 2:
            break
    return n


def s10_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while not x == 1:
        n += 1
        if n > 2:
            break
    return n


print('not x == 1', 'while', units(s10_3_0.__code__, s10_3_1.__code__, s10_3_2.__code__, s10_3_3.__code__))


def s10_4_0(x, y, z):
    assert not x == 1, 'no'


def s10_4_1(x, y, z):
    pass
    assert not x == 1, 'no'


def s10_4_2(x, y, z):
    pass
    pass
    assert not x == 1, 'no'


def s10_4_3(x, y, z):
    pass
    pass
    pass
    assert not x == 1, 'no'


print('not x == 1', 'assert', units(s10_4_0.__code__, s10_4_1.__code__, s10_4_2.__code__, s10_4_3.__code__))


def s10_5_0(x, y, z):
    return 1 if not x == 1 else 2


def s10_5_1(x, y, z):
    pass
    return 1 if not x == 1 else 2


def s10_5_2(x, y, z):
    pass
    pass
    return 1 if not x == 1 else 2


def s10_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if not x == 1 else 2


print('not x == 1', 'ifexp', units(s10_5_0.__code__, s10_5_1.__code__, s10_5_2.__code__, s10_5_3.__code__))


def s10_6_0(x, y, z):
    return [a for a in (x, y, z) if not x == 1]


def s10_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if not x == 1]


def s10_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if not x == 1]


def s10_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if not x == 1]


print('not x == 1', 'comp', units(s10_6_0.__code__, s10_6_1.__code__, s10_6_2.__code__, s10_6_3.__code__))


def s10_7_0(x, y, z):
    return not x == 1


def s10_7_1(x, y, z):
    pass
    return not x == 1


def s10_7_2(x, y, z):
    pass
    pass
    return not x == 1


def s10_7_3(x, y, z):
    pass
    pass
    pass
    return not x == 1


print('not x == 1', 'value', units(s10_7_0.__code__, s10_7_1.__code__, s10_7_2.__code__, s10_7_3.__code__))


def s11_0_0(x, y, z):
    if x < y < z:
        return 1
    return 2


def s11_0_1(x, y, z):
    pass
    if x < y < z:
        return 1
    return 2


def s11_0_2(x, y, z):
    pass
    pass
    if x < y < z:
        return 1
    return 2


def s11_0_3(x, y, z):
    pass
    pass
    pass
    if x < y < z:
        return 1
    return 2


print('x < y < z', 'if', units(s11_0_0.__code__, s11_0_1.__code__, s11_0_2.__code__, s11_0_3.__code__))


def s11_1_0(x, y, z):
    if x < y < z:
        return 1
    elif not x < y < z:
        return 3
    else:
        return 2


def s11_1_1(x, y, z):
    pass
    if x < y < z:
        return 1
    elif not x < y < z:
        return 3
    else:
        return 2


def s11_1_2(x, y, z):
    pass
    pass
    if x < y < z:
        return 1
    elif not x < y < z:
        return 3
    else:
        return 2


def s11_1_3(x, y, z):
    pass
    pass
    pass
    if x < y < z:
        return 1
    elif not x < y < z:
        return 3
    else:
        return 2


print('x < y < z', 'elif', units(s11_1_0.__code__, s11_1_1.__code__, s11_1_2.__code__, s11_1_3.__code__))


def s11_2_0(x, y, z):
    if x < y < z:
        x = 1
    else:
        x = 2


def s11_2_1(x, y, z):
    pass
    if x < y < z:
        x = 1
    else:
        x = 2


def s11_2_2(x, y, z):
    pass
    pass
    if x < y < z:
        x = 1
    else:
        x = 2


def s11_2_3(x, y, z):
    pass
    pass
    pass
    if x < y < z:
        x = 1
    else:
        x = 2


print('x < y < z', 'ifend', units(s11_2_0.__code__, s11_2_1.__code__, s11_2_2.__code__, s11_2_3.__code__))


def s11_3_0(x, y, z):
    n = 0
    while x < y < z:
        n += 1
        if n > 2:
            break
    return n


def s11_3_1(x, y, z):
    pass
    n = 0
    while x < y < z:
        n += 1
        if n > 2:
            break
    return n


def s11_3_2(x, y, z):
    pass
    pass
    n = 0
    while x < y < z:
        n += 1
        if n > 2:
            break
    return n


def s11_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x < y < z:
        n += 1
        if n > 2:
            break
    return n


print('x < y < z', 'while', units(s11_3_0.__code__, s11_3_1.__code__, s11_3_2.__code__, s11_3_3.__code__))


def s11_4_0(x, y, z):
    assert x < y < z, 'no'


def s11_4_1(x, y, z):
    pass
    assert x < y < z, 'no'


def s11_4_2(x, y, z):
    pass
    pass
    assert x < y < z, 'no'


def s11_4_3(x, y, z):
    pass
    pass
    pass
    assert x < y < z, 'no'


print('x < y < z', 'assert', units(s11_4_0.__code__, s11_4_1.__code__, s11_4_2.__code__, s11_4_3.__code__))


def s11_5_0(x, y, z):
    return 1 if x < y < z else 2


def s11_5_1(x, y, z):
    pass
    return 1 if x < y < z else 2


def s11_5_2(x, y, z):
    pass
    pass
    return 1 if x < y < z else 2


def s11_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x < y < z else 2


print('x < y < z', 'ifexp', units(s11_5_0.__code__, s11_5_1.__code__, s11_5_2.__code__, s11_5_3.__code__))


def s11_6_0(x, y, z):
    return [a for a in (x, y, z) if x < y < z]


def s11_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x < y < z]


def s11_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x < y < z]


def s11_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x < y < z]


print('x < y < z', 'comp', units(s11_6_0.__code__, s11_6_1.__code__, s11_6_2.__code__, s11_6_3.__code__))


def s11_7_0(x, y, z):
    return x < y < z


def s11_7_1(x, y, z):
    pass
    return x < y < z


def s11_7_2(x, y, z):
    pass
    pass
    return x < y < z


def s11_7_3(x, y, z):
    pass
    pass
    pass
    return x < y < z


print('x < y < z', 'value', units(s11_7_0.__code__, s11_7_1.__code__, s11_7_2.__code__, s11_7_3.__code__))


def s12_0_0(x, y, z):
    if not x < y < z:
        return 1
    return 2


def s12_0_1(x, y, z):
    pass
    if not x < y < z:
        return 1
    return 2


def s12_0_2(x, y, z):
    pass
    pass
    if not x < y < z:
        return 1
    return 2


def s12_0_3(x, y, z):
    pass
    pass
    pass
    if not x < y < z:
        return 1
    return 2


print('not x < y < z', 'if', units(s12_0_0.__code__, s12_0_1.__code__, s12_0_2.__code__, s12_0_3.__code__))


def s12_1_0(x, y, z):
    if not x < y < z:
        return 1
    elif not not x < y < z:
        return 3
    else:
        return 2


def s12_1_1(x, y, z):
    pass
    if not x < y < z:
        return 1
    elif not not x < y < z:
        return 3
    else:
        return 2


def s12_1_2(x, y, z):
    pass
    pass
    if not x < y < z:
        return 1
    elif not not x < y < z:
        return 3
    else:
        return 2


def s12_1_3(x, y, z):
    pass
    pass
    pass
    if not x < y < z:
        return 1
    elif not not x < y < z:
        return 3
    else:
        return 2


print('not x < y < z', 'elif', units(s12_1_0.__code__, s12_1_1.__code__, s12_1_2.__code__, s12_1_3.__code__))


def s12_2_0(x, y, z):
    if not x < y < z:
        x = 1
    else:
        x = 2


def s12_2_1(x, y, z):
    pass
    if not x < y < z:
        x = 1
    else:
        x = 2


def s12_2_2(x, y, z):
    pass
    pass
    if not x < y < z:
        x = 1
    else:
        x = 2


def s12_2_3(x, y, z):
    pass
    pass
    pass
    if not x < y < z:
        x = 1
    else:
        x = 2


print('not x < y < z', 'ifend', units(s12_2_0.__code__, s12_2_1.__code__, s12_2_2.__code__, s12_2_3.__code__))


def s12_3_0(x, y, z):
    n = 0
    while not x < y < z:
        n += 1
        if n > 2:
            break
    return n


def s12_3_1(x, y, z):
    pass
    n = 0
    while not x < y < z:
        n += 1
        if n > 2:
            break
    return n


def s12_3_2(x, y, z):
    pass
    pass
    n = 0
    while not x < y < z:
        n += 1
        if n > 2:
            break
    return n


def s12_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while not x < y < z:
        n += 1
        if n > 2:
            break
    return n


print('not x < y < z', 'while', units(s12_3_0.__code__, s12_3_1.__code__, s12_3_2.__code__, s12_3_3.__code__))


def s12_4_0(x, y, z):
    assert not x < y < z, 'no'


def s12_4_1(x, y, z):
    pass
    assert not x < y < z, 'no'


def s12_4_2(x, y, z):
    pass
    pass
    assert not x < y < z, 'no'


def s12_4_3(x, y, z):
    pass
    pass
    pass
    assert not x < y < z, 'no'


print('not x < y < z', 'assert', units(s12_4_0.__code__, s12_4_1.__code__, s12_4_2.__code__, s12_4_3.__code__))


def s12_5_0(x, y, z):
    return 1 if not x < y < z else 2


def s12_5_1(x, y, z):
    pass
    return 1 if not x < y < z else 2


def s12_5_2(x, y, z):
    pass
    pass
    return 1 if not x < y < z else 2


def s12_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if not x < y < z else 2


print('not x < y < z', 'ifexp', units(s12_5_0.__code__, s12_5_1.__code__, s12_5_2.__code__, s12_5_3.__code__))


def s12_6_0(x, y, z):
    return [a for a in (x, y, z) if not x < y < z]


def s12_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if not x < y < z]


def s12_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if not x < y < z]


def s12_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if not x < y < z]


print('not x < y < z', 'comp', units(s12_6_0.__code__, s12_6_1.__code__, s12_6_2.__code__, s12_6_3.__code__))


def s12_7_0(x, y, z):
    return not x < y < z


def s12_7_1(x, y, z):
    pass
    return not x < y < z


def s12_7_2(x, y, z):
    pass
    pass
    return not x < y < z


def s12_7_3(x, y, z):
    pass
    pass
    pass
    return not x < y < z


print('not x < y < z', 'value', units(s12_7_0.__code__, s12_7_1.__code__, s12_7_2.__code__, s12_7_3.__code__))


def s13_0_0(x, y, z):
    if x < y <= z < 3:
        return 1
    return 2


def s13_0_1(x, y, z):
    pass
    if x < y <= z < 3:
        return 1
    return 2


def s13_0_2(x, y, z):
    pass
    pass
    if x < y <= z < 3:
        return 1
    return 2


def s13_0_3(x, y, z):
    pass
    pass
    pass
    if x < y <= z < 3:
        return 1
    return 2


print('x < y <= z < 3', 'if', units(s13_0_0.__code__, s13_0_1.__code__, s13_0_2.__code__, s13_0_3.__code__))


def s13_1_0(x, y, z):
    if x < y <= z < 3:
        return 1
    elif not x < y <= z < 3:
        return 3
    else:
        return 2


def s13_1_1(x, y, z):
    pass
    if x < y <= z < 3:
        return 1
    elif not x < y <= z < 3:
        return 3
    else:
        return 2


def s13_1_2(x, y, z):
    pass
    pass
    if x < y <= z < 3:
        return 1
    elif not x < y <= z < 3:
        return 3
    else:
        return 2


def s13_1_3(x, y, z):
    pass
    pass
    pass
    if x < y <= z < 3:
        return 1
    elif not x < y <= z < 3:
        return 3
    else:
        return 2


print('x < y <= z < 3', 'elif', units(s13_1_0.__code__, s13_1_1.__code__, s13_1_2.__code__, s13_1_3.__code__))


def s13_2_0(x, y, z):
    if x < y <= z < 3:
        x = 1
    else:
        x = 2


def s13_2_1(x, y, z):
    pass
    if x < y <= z < 3:
        x = 1
    else:
        x = 2


def s13_2_2(x, y, z):
    pass
    pass
    if x < y <= z < 3:
        x = 1
    else:
        x = 2


def s13_2_3(x, y, z):
    pass
    pass
    pass
    if x < y <= z < 3:
        x = 1
    else:
        x = 2


print('x < y <= z < 3', 'ifend', units(s13_2_0.__code__, s13_2_1.__code__, s13_2_2.__code__, s13_2_3.__code__))


def s13_3_0(x, y, z):
    n = 0
    while x < y <= z < 3:
        n += 1
        if n > 2:
            break
    return n


def s13_3_1(x, y, z):
    pass
    n = 0
    while x < y <= z < 3:
        n += 1
        if n > 2:
            break
    return n


def s13_3_2(x, y, z):
    pass
    pass
    n = 0
    while x < y <= z < 3:
        n += 1
        if n > 2:
            break
    return n


def s13_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x < y <= z < 3:
        n += 1
        if n > 2:
            break
    return n


print('x < y <= z < 3', 'while', units(s13_3_0.__code__, s13_3_1.__code__, s13_3_2.__code__, s13_3_3.__code__))


def s13_4_0(x, y, z):
    assert x < y <= z < 3, 'no'


def s13_4_1(x, y, z):
    pass
    assert x < y <= z < 3, 'no'


def s13_4_2(x, y, z):
    pass
    pass
    assert x < y <= z < 3, 'no'


def s13_4_3(x, y, z):
    pass
    pass
    pass
    assert x < y <= z < 3, 'no'


print('x < y <= z < 3', 'assert', units(s13_4_0.__code__, s13_4_1.__code__, s13_4_2.__code__, s13_4_3.__code__))


def s13_5_0(x, y, z):
    return 1 if x < y <= z < 3 else 2


def s13_5_1(x, y, z):
    pass
    return 1 if x < y <= z < 3 else 2


def s13_5_2(x, y, z):
    pass
    pass
    return 1 if x < y <= z < 3 else 2


def s13_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x < y <= z < 3 else 2


print('x < y <= z < 3', 'ifexp', units(s13_5_0.__code__, s13_5_1.__code__, s13_5_2.__code__, s13_5_3.__code__))


def s13_6_0(x, y, z):
    return [a for a in (x, y, z) if x < y <= z < 3]


def s13_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x < y <= z < 3]


def s13_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x < y <= z < 3]


def s13_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x < y <= z < 3]


print('x < y <= z < 3', 'comp', units(s13_6_0.__code__, s13_6_1.__code__, s13_6_2.__code__, s13_6_3.__code__))


def s13_7_0(x, y, z):
    return x < y <= z < 3


def s13_7_1(x, y, z):
    pass
    return x < y <= z < 3


def s13_7_2(x, y, z):
    pass
    pass
    return x < y <= z < 3


def s13_7_3(x, y, z):
    pass
    pass
    pass
    return x < y <= z < 3


print('x < y <= z < 3', 'value', units(s13_7_0.__code__, s13_7_1.__code__, s13_7_2.__code__, s13_7_3.__code__))


def s14_0_0(x, y, z):
    if x and y:
        return 1
    return 2


def s14_0_1(x, y, z):
    pass
    if x and y:
        return 1
    return 2


def s14_0_2(x, y, z):
    pass
    pass
    if x and y:
        return 1
    return 2


def s14_0_3(x, y, z):
    pass
    pass
    pass
    if x and y:
        return 1
    return 2


print('x and y', 'if', units(s14_0_0.__code__, s14_0_1.__code__, s14_0_2.__code__, s14_0_3.__code__))


def s14_1_0(x, y, z):
    if x and y:
        return 1
    elif not x and y:
        return 3
    else:
        return 2


def s14_1_1(x, y, z):
    pass
    if x and y:
        return 1
    elif not x and y:
        return 3
    else:
        return 2


def s14_1_2(x, y, z):
    pass
    pass
    if x and y:
        return 1
    elif not x and y:
        return 3
    else:
        return 2


def s14_1_3(x, y, z):
    pass
    pass
    pass
    if x and y:
        return 1
    elif not x and y:
        return 3
    else:
        return 2


print('x and y', 'elif', units(s14_1_0.__code__, s14_1_1.__code__, s14_1_2.__code__, s14_1_3.__code__))


def s14_2_0(x, y, z):
    if x and y:
        x = 1
    else:
        x = 2


def s14_2_1(x, y, z):
    pass
    if x and y:
        x = 1
    else:
        x = 2


def s14_2_2(x, y, z):
    pass
    pass
    if x and y:
        x = 1
    else:
        x = 2


def s14_2_3(x, y, z):
    pass
    pass
    pass
    if x and y:
        x = 1
    else:
        x = 2


print('x and y', 'ifend', units(s14_2_0.__code__, s14_2_1.__code__, s14_2_2.__code__, s14_2_3.__code__))


def s14_3_0(x, y, z):
    n = 0
    while x and y:
        n += 1
        if n > 2:
            break
    return n


def s14_3_1(x, y, z):
    pass
    n = 0
    while x and y:
        n += 1
        if n > 2:
            break
    return n


def s14_3_2(x, y, z):
    pass
    pass
    n = 0
    while x and y:
        n += 1
        if n > 2:
            break
    return n


def s14_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x and y:
        n += 1
        if n > 2:
            break
    return n


print('x and y', 'while', units(s14_3_0.__code__, s14_3_1.__code__, s14_3_2.__code__, s14_3_3.__code__))


def s14_4_0(x, y, z):
    assert x and y, 'no'


def s14_4_1(x, y, z):
    pass
    assert x and y, 'no'


def s14_4_2(x, y, z):
    pass
    pass
    assert x and y, 'no'


def s14_4_3(x, y, z):
    pass
    pass
    pass
    assert x and y, 'no'


print('x and y', 'assert', units(s14_4_0.__code__, s14_4_1.__code__, s14_4_2.__code__, s14_4_3.__code__))


def s14_5_0(x, y, z):
    return 1 if x and y else 2


def s14_5_1(x, y, z):
    pass
    return 1 if x and y else 2


def s14_5_2(x, y, z):
    pass
    pass
    return 1 if x and y else 2


def s14_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x and y else 2


print('x and y', 'ifexp', units(s14_5_0.__code__, s14_5_1.__code__, s14_5_2.__code__, s14_5_3.__code__))


def s14_6_0(x, y, z):
    return [a for a in (x, y, z) if x and y]


def s14_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x and y]


def s14_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x and y]


def s14_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x and y]


print('x and y', 'comp', units(s14_6_0.__code__, s14_6_1.__code__, s14_6_2.__code__, s14_6_3.__code__))


def s14_7_0(x, y, z):
    return x and y


def s14_7_1(x, y, z):
    pass
    return x and y


def s14_7_2(x, y, z):
    pass
    pass
    return x and y


def s14_7_3(x, y, z):
    pass
    pass
    pass
    return x and y


print('x and y', 'value', units(s14_7_0.__code__, s14_7_1.__code__, s14_7_2.__code__, s14_7_3.__code__))


def s15_0_0(x, y, z):
    if x or y:
        return 1
    return 2


def s15_0_1(x, y, z):
    pass
    if x or y:
        return 1
    return 2


def s15_0_2(x, y, z):
    pass
    pass
    if x or y:
        return 1
    return 2


def s15_0_3(x, y, z):
    pass
    pass
    pass
    if x or y:
        return 1
    return 2


print('x or y', 'if', units(s15_0_0.__code__, s15_0_1.__code__, s15_0_2.__code__, s15_0_3.__code__))


def s15_1_0(x, y, z):
    if x or y:
        return 1
    elif not x or y:
        return 3
    else:
        return 2


def s15_1_1(x, y, z):
    pass
    if x or y:
        return 1
    elif not x or y:
        return 3
    else:
        return 2


def s15_1_2(x, y, z):
    pass
    pass
    if x or y:
        return 1
    elif not x or y:
        return 3
    else:
        return 2


def s15_1_3(x, y, z):
    pass
    pass
    pass
    if x or y:
        return 1
    elif not x or y:
        return 3
    else:
        return 2


print('x or y', 'elif', units(s15_1_0.__code__, s15_1_1.__code__, s15_1_2.__code__, s15_1_3.__code__))


def s15_2_0(x, y, z):
    if x or y:
        x = 1
    else:
        x = 2


def s15_2_1(x, y, z):
    pass
    if x or y:
        x = 1
    else:
        x = 2


def s15_2_2(x, y, z):
    pass
    pass
    if x or y:
        x = 1
    else:
        x = 2


def s15_2_3(x, y, z):
    pass
    pass
    pass
    if x or y:
        x = 1
    else:
        x = 2


print('x or y', 'ifend', units(s15_2_0.__code__, s15_2_1.__code__, s15_2_2.__code__, s15_2_3.__code__))


def s15_3_0(x, y, z):
    n = 0
    while x or y:
        n += 1
        if n > 2:
            break
    return n


def s15_3_1(x, y, z):
    pass
    n = 0
    while x or y:
        n += 1
        if n > 2:
            break
    return n


def s15_3_2(x, y, z):
    pass
    pass
    n = 0
    while x or y:
        n += 1
        if n > 2:
            break
    return n


def s15_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x or y:
        n += 1
        if n > 2:
            break
    return n


print('x or y', 'while', units(s15_3_0.__code__, s15_3_1.__code__, s15_3_2.__code__, s15_3_3.__code__))


def s15_4_0(x, y, z):
    assert x or y, 'no'


def s15_4_1(x, y, z):
    pass
    assert x or y, 'no'


def s15_4_2(x, y, z):
    pass
    pass
    assert x or y, 'no'


def s15_4_3(x, y, z):
    pass
    pass
    pass
    assert x or y, 'no'


print('x or y', 'assert', units(s15_4_0.__code__, s15_4_1.__code__, s15_4_2.__code__, s15_4_3.__code__))


def s15_5_0(x, y, z):
    return 1 if x or y else 2


def s15_5_1(x, y, z):
    pass
    return 1 if x or y else 2


def s15_5_2(x, y, z):
    pass
    pass
    return 1 if x or y else 2


def s15_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x or y else 2


print('x or y', 'ifexp', units(s15_5_0.__code__, s15_5_1.__code__, s15_5_2.__code__, s15_5_3.__code__))


def s15_6_0(x, y, z):
    return [a for a in (x, y, z) if x or y]


def s15_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x or y]


def s15_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x or y]


def s15_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x or y]


print('x or y', 'comp', units(s15_6_0.__code__, s15_6_1.__code__, s15_6_2.__code__, s15_6_3.__code__))


def s15_7_0(x, y, z):
    return x or y


def s15_7_1(x, y, z):
    pass
    return x or y


def s15_7_2(x, y, z):
    pass
    pass
    return x or y


def s15_7_3(x, y, z):
    pass
    pass
    pass
    return x or y


print('x or y', 'value', units(s15_7_0.__code__, s15_7_1.__code__, s15_7_2.__code__, s15_7_3.__code__))


def s16_0_0(x, y, z):
    if not (x and y):
        return 1
    return 2


def s16_0_1(x, y, z):
    pass
    if not (x and y):
        return 1
    return 2


def s16_0_2(x, y, z):
    pass
    pass
    if not (x and y):
        return 1
    return 2


def s16_0_3(x, y, z):
    pass
    pass
    pass
    if not (x and y):
        return 1
    return 2


print('not (x and y)', 'if', units(s16_0_0.__code__, s16_0_1.__code__, s16_0_2.__code__, s16_0_3.__code__))


def s16_1_0(x, y, z):
    if not (x and y):
        return 1
    elif not not (x and y):
        return 3
    else:
        return 2


def s16_1_1(x, y, z):
    pass
    if not (x and y):
        return 1
    elif not not (x and y):
        return 3
    else:
        return 2


def s16_1_2(x, y, z):
    pass
    pass
    if not (x and y):
        return 1
    elif not not (x and y):
        return 3
    else:
        return 2


def s16_1_3(x, y, z):
    pass
    pass
    pass
    if not (x and y):
        return 1
    elif not not (x and y):
        return 3
    else:
        return 2


print('not (x and y)', 'elif', units(s16_1_0.__code__, s16_1_1.__code__, s16_1_2.__code__, s16_1_3.__code__))


def s16_2_0(x, y, z):
    if not (x and y):
        x = 1
    else:
        x = 2


def s16_2_1(x, y, z):
    pass
    if not (x and y):
        x = 1
    else:
        x = 2


def s16_2_2(x, y, z):
    pass
    pass
    if not (x and y):
        x = 1
    else:
        x = 2


def s16_2_3(x, y, z):
    pass
    pass
    pass
    if not (x and y):
        x = 1
    else:
        x = 2


print('not (x and y)', 'ifend', units(s16_2_0.__code__, s16_2_1.__code__, s16_2_2.__code__, s16_2_3.__code__))


def s16_3_0(x, y, z):
    n = 0
    while not (x and y):
        n += 1
        if n > 2:
            break
    return n


def s16_3_1(x, y, z):
    pass
    n = 0
    while not (x and y):
        n += 1
        if n > 2:
            break
    return n


def s16_3_2(x, y, z):
    pass
    pass
    n = 0
    while not (x and y):
        n += 1
        if n > 2:
            break
    return n


def s16_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while not (x and y):
        n += 1
        if n > 2:
            break
    return n


print('not (x and y)', 'while', units(s16_3_0.__code__, s16_3_1.__code__, s16_3_2.__code__, s16_3_3.__code__))


def s16_4_0(x, y, z):
    assert not (x and y), 'no'


def s16_4_1(x, y, z):
    pass
    assert not (x and y), 'no'


def s16_4_2(x, y, z):
    pass
    pass
    assert not (x and y), 'no'


def s16_4_3(x, y, z):
    pass
    pass
    pass
    assert not (x and y), 'no'


print('not (x and y)', 'assert', units(s16_4_0.__code__, s16_4_1.__code__, s16_4_2.__code__, s16_4_3.__code__))


def s16_5_0(x, y, z):
    return 1 if not (x and y) else 2


def s16_5_1(x, y, z):
    pass
    return 1 if not (x and y) else 2


def s16_5_2(x, y, z):
    pass
    pass
    return 1 if not (x and y) else 2


def s16_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if not (x and y) else 2


print('not (x and y)', 'ifexp', units(s16_5_0.__code__, s16_5_1.__code__, s16_5_2.__code__, s16_5_3.__code__))


def s16_6_0(x, y, z):
    return [a for a in (x, y, z) if not (x and y)]


def s16_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if not (x and y)]


def s16_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if not (x and y)]


def s16_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if not (x and y)]


print('not (x and y)', 'comp', units(s16_6_0.__code__, s16_6_1.__code__, s16_6_2.__code__, s16_6_3.__code__))


def s16_7_0(x, y, z):
    return not (x and y)


def s16_7_1(x, y, z):
    pass
    return not (x and y)


def s16_7_2(x, y, z):
    pass
    pass
    return not (x and y)


def s16_7_3(x, y, z):
    pass
    pass
    pass
    return not (x and y)


print('not (x and y)', 'value', units(s16_7_0.__code__, s16_7_1.__code__, s16_7_2.__code__, s16_7_3.__code__))


def s17_0_0(x, y, z):
    if not (x or y):
        return 1
    return 2


def s17_0_1(x, y, z):
    pass
    if not (x or y):
        return 1
    return 2


def s17_0_2(x, y, z):
    pass
    pass
    if not (x or y):
        return 1
    return 2


def s17_0_3(x, y, z):
    pass
    pass
    pass
    if not (x or y):
        return 1
    return 2


print('not (x or y)', 'if', units(s17_0_0.__code__, s17_0_1.__code__, s17_0_2.__code__, s17_0_3.__code__))


def s17_1_0(x, y, z):
    if not (x or y):
        return 1
    elif not not (x or y):
        return 3
    else:
        return 2


def s17_1_1(x, y, z):
    pass
    if not (x or y):
        return 1
    elif not not (x or y):
        return 3
    else:
        return 2


def s17_1_2(x, y, z):
    pass
    pass
    if not (x or y):
        return 1
    elif not not (x or y):
        return 3
    else:
        return 2


def s17_1_3(x, y, z):
    pass
    pass
    pass
    if not (x or y):
        return 1
    elif not not (x or y):
        return 3
    else:
        return 2


print('not (x or y)', 'elif', units(s17_1_0.__code__, s17_1_1.__code__, s17_1_2.__code__, s17_1_3.__code__))


def s17_2_0(x, y, z):
    if not (x or y):
        x = 1
    else:
        x = 2


def s17_2_1(x, y, z):
    pass
    if not (x or y):
        x = 1
    else:
        x = 2


def s17_2_2(x, y, z):
    pass
    pass
    if not (x or y):
        x = 1
    else:
        x = 2


def s17_2_3(x, y, z):
    pass
    pass
    pass
    if not (x or y):
        x = 1
    else:
        x = 2


print('not (x or y)', 'ifend', units(s17_2_0.__code__, s17_2_1.__code__, s17_2_2.__code__, s17_2_3.__code__))


def s17_3_0(x, y, z):
    n = 0
    while not (x or y):
        n += 1
        if n > 2:
            break
    return n


def s17_3_1(x, y, z):
    pass
    n = 0
    while not (x or y):
        n += 1
        if n > 2:
            break
    return n


def s17_3_2(x, y, z):
    pass
    pass
    n = 0
    while not (x or y):
        n += 1
        if n > 2:
            break
    return n


def s17_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while not (x or y):
        n += 1
        if n > 2:
            break
    return n


print('not (x or y)', 'while', units(s17_3_0.__code__, s17_3_1.__code__, s17_3_2.__code__, s17_3_3.__code__))


def s17_4_0(x, y, z):
    assert not (x or y), 'no'


def s17_4_1(x, y, z):
    pass
    assert not (x or y), 'no'


def s17_4_2(x, y, z):
    pass
    pass
    assert not (x or y), 'no'


def s17_4_3(x, y, z):
    pass
    pass
    pass
    assert not (x or y), 'no'


print('not (x or y)', 'assert', units(s17_4_0.__code__, s17_4_1.__code__, s17_4_2.__code__, s17_4_3.__code__))


def s17_5_0(x, y, z):
    return 1 if not (x or y) else 2


def s17_5_1(x, y, z):
    pass
    return 1 if not (x or y) else 2


def s17_5_2(x, y, z):
    pass
    pass
    return 1 if not (x or y) else 2


def s17_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if not (x or y) else 2


print('not (x or y)', 'ifexp', units(s17_5_0.__code__, s17_5_1.__code__, s17_5_2.__code__, s17_5_3.__code__))


def s17_6_0(x, y, z):
    return [a for a in (x, y, z) if not (x or y)]


def s17_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if not (x or y)]


def s17_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if not (x or y)]


def s17_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if not (x or y)]


print('not (x or y)', 'comp', units(s17_6_0.__code__, s17_6_1.__code__, s17_6_2.__code__, s17_6_3.__code__))


def s17_7_0(x, y, z):
    return not (x or y)


def s17_7_1(x, y, z):
    pass
    return not (x or y)


def s17_7_2(x, y, z):
    pass
    pass
    return not (x or y)


def s17_7_3(x, y, z):
    pass
    pass
    pass
    return not (x or y)


print('not (x or y)', 'value', units(s17_7_0.__code__, s17_7_1.__code__, s17_7_2.__code__, s17_7_3.__code__))


def s18_0_0(x, y, z):
    if x and not y:
        return 1
    return 2


def s18_0_1(x, y, z):
    pass
    if x and not y:
        return 1
    return 2


def s18_0_2(x, y, z):
    pass
    pass
    if x and not y:
        return 1
    return 2


def s18_0_3(x, y, z):
    pass
    pass
    pass
    if x and not y:
        return 1
    return 2


print('x and not y', 'if', units(s18_0_0.__code__, s18_0_1.__code__, s18_0_2.__code__, s18_0_3.__code__))


def s18_1_0(x, y, z):
    if x and not y:
        return 1
    elif not x and not y:
        return 3
    else:
        return 2


def s18_1_1(x, y, z):
    pass
    if x and not y:
        return 1
    elif not x and not y:
        return 3
    else:
        return 2


def s18_1_2(x, y, z):
    pass
    pass
    if x and not y:
        return 1
    elif not x and not y:
        return 3
    else:
        return 2


def s18_1_3(x, y, z):
    pass
    pass
    pass
    if x and not y:
        return 1
    elif not x and not y:
        return 3
    else:
        return 2


print('x and not y', 'elif', units(s18_1_0.__code__, s18_1_1.__code__, s18_1_2.__code__, s18_1_3.__code__))


def s18_2_0(x, y, z):
    if x and not y:
        x = 1
    else:
        x = 2


def s18_2_1(x, y, z):
    pass
    if x and not y:
        x = 1
    else:
        x = 2


def s18_2_2(x, y, z):
    pass
    pass
    if x and not y:
        x = 1
    else:
        x = 2


def s18_2_3(x, y, z):
    pass
    pass
    pass
    if x and not y:
        x = 1
    else:
        x = 2


print('x and not y', 'ifend', units(s18_2_0.__code__, s18_2_1.__code__, s18_2_2.__code__, s18_2_3.__code__))


def s18_3_0(x, y, z):
    n = 0
    while x and not y:
        n += 1
        if n > 2:
            break
    return n


def s18_3_1(x, y, z):
    pass
    n = 0
    while x and not y:
        n += 1
        if n > 2:
            break
    return n


def s18_3_2(x, y, z):
    pass
    pass
    n = 0
    while x and not y:
        n += 1
        if n > 2:
            break
    return n


def s18_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x and not y:
        n += 1
        if n > 2:
            break
    return n


print('x and not y', 'while', units(s18_3_0.__code__, s18_3_1.__code__, s18_3_2.__code__, s18_3_3.__code__))


def s18_4_0(x, y, z):
    assert x and not y, 'no'


def s18_4_1(x, y, z):
    pass
    assert x and not y, 'no'


def s18_4_2(x, y, z):
    pass
    pass
    assert x and not y, 'no'


def s18_4_3(x, y, z):
    pass
    pass
    pass
    assert x and not y, 'no'


print('x and not y', 'assert', units(s18_4_0.__code__, s18_4_1.__code__, s18_4_2.__code__, s18_4_3.__code__))


def s18_5_0(x, y, z):
    return 1 if x and not y else 2


def s18_5_1(x, y, z):
    pass
    return 1 if x and not y else 2


def s18_5_2(x, y, z):
    pass
    pass
    return 1 if x and not y else 2


def s18_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x and not y else 2


print('x and not y', 'ifexp', units(s18_5_0.__code__, s18_5_1.__code__, s18_5_2.__code__, s18_5_3.__code__))


def s18_6_0(x, y, z):
    return [a for a in (x, y, z) if x and not y]


def s18_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x and not y]


def s18_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x and not y]


def s18_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x and not y]


print('x and not y', 'comp', units(s18_6_0.__code__, s18_6_1.__code__, s18_6_2.__code__, s18_6_3.__code__))


def s18_7_0(x, y, z):
    return x and not y


def s18_7_1(x, y, z):
    pass
    return x and not y


def s18_7_2(x, y, z):
    pass
    pass
    return x and not y


def s18_7_3(x, y, z):
    pass
    pass
    pass
    return x and not y


print('x and not y', 'value', units(s18_7_0.__code__, s18_7_1.__code__, s18_7_2.__code__, s18_7_3.__code__))


def s19_0_0(x, y, z):
    if x or not y:
        return 1
    return 2


def s19_0_1(x, y, z):
    pass
    if x or not y:
        return 1
    return 2


def s19_0_2(x, y, z):
    pass
    pass
    if x or not y:
        return 1
    return 2


def s19_0_3(x, y, z):
    pass
    pass
    pass
    if x or not y:
        return 1
    return 2


print('x or not y', 'if', units(s19_0_0.__code__, s19_0_1.__code__, s19_0_2.__code__, s19_0_3.__code__))


def s19_1_0(x, y, z):
    if x or not y:
        return 1
    elif not x or not y:
        return 3
    else:
        return 2


def s19_1_1(x, y, z):
    pass
    if x or not y:
        return 1
    elif not x or not y:
        return 3
    else:
        return 2


def s19_1_2(x, y, z):
    pass
    pass
    if x or not y:
        return 1
    elif not x or not y:
        return 3
    else:
        return 2


def s19_1_3(x, y, z):
    pass
    pass
    pass
    if x or not y:
        return 1
    elif not x or not y:
        return 3
    else:
        return 2


print('x or not y', 'elif', units(s19_1_0.__code__, s19_1_1.__code__, s19_1_2.__code__, s19_1_3.__code__))


def s19_2_0(x, y, z):
    if x or not y:
        x = 1
    else:
        x = 2


def s19_2_1(x, y, z):
    pass
    if x or not y:
        x = 1
    else:
        x = 2


def s19_2_2(x, y, z):
    pass
    pass
    if x or not y:
        x = 1
    else:
        x = 2


def s19_2_3(x, y, z):
    pass
    pass
    pass
    if x or not y:
        x = 1
    else:
        x = 2


print('x or not y', 'ifend', units(s19_2_0.__code__, s19_2_1.__code__, s19_2_2.__code__, s19_2_3.__code__))


def s19_3_0(x, y, z):
    n = 0
    while x or not y:
        n += 1
        if n > 2:
            break
    return n


def s19_3_1(x, y, z):
    pass
    n = 0
    while x or not y:
        n += 1
        if n > 2:
            break
    return n


def s19_3_2(x, y, z):
    pass
    pass
    n = 0
    while x or not y:
        n += 1
        if n > 2:
            break
    return n


def s19_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x or not y:
        n += 1
        if n > 2:
            break
    return n


print('x or not y', 'while', units(s19_3_0.__code__, s19_3_1.__code__, s19_3_2.__code__, s19_3_3.__code__))


def s19_4_0(x, y, z):
    assert x or not y, 'no'


def s19_4_1(x, y, z):
    pass
    assert x or not y, 'no'


def s19_4_2(x, y, z):
    pass
    pass
    assert x or not y, 'no'


def s19_4_3(x, y, z):
    pass
    pass
    pass
    assert x or not y, 'no'


print('x or not y', 'assert', units(s19_4_0.__code__, s19_4_1.__code__, s19_4_2.__code__, s19_4_3.__code__))


def s19_5_0(x, y, z):
    return 1 if x or not y else 2


def s19_5_1(x, y, z):
    pass
    return 1 if x or not y else 2


def s19_5_2(x, y, z):
    pass
    pass
    return 1 if x or not y else 2


def s19_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x or not y else 2


print('x or not y', 'ifexp', units(s19_5_0.__code__, s19_5_1.__code__, s19_5_2.__code__, s19_5_3.__code__))


def s19_6_0(x, y, z):
    return [a for a in (x, y, z) if x or not y]


def s19_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x or not y]


def s19_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x or not y]


def s19_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x or not y]


print('x or not y', 'comp', units(s19_6_0.__code__, s19_6_1.__code__, s19_6_2.__code__, s19_6_3.__code__))


def s19_7_0(x, y, z):
    return x or not y


def s19_7_1(x, y, z):
    pass
    return x or not y


def s19_7_2(x, y, z):
    pass
    pass
    return x or not y


def s19_7_3(x, y, z):
    pass
    pass
    pass
    return x or not y


print('x or not y', 'value', units(s19_7_0.__code__, s19_7_1.__code__, s19_7_2.__code__, s19_7_3.__code__))


def s20_0_0(x, y, z):
    if x and y and z:
        return 1
    return 2


def s20_0_1(x, y, z):
    pass
    if x and y and z:
        return 1
    return 2


def s20_0_2(x, y, z):
    pass
    pass
    if x and y and z:
        return 1
    return 2


def s20_0_3(x, y, z):
    pass
    pass
    pass
    if x and y and z:
        return 1
    return 2


print('x and y and z', 'if', units(s20_0_0.__code__, s20_0_1.__code__, s20_0_2.__code__, s20_0_3.__code__))


def s20_1_0(x, y, z):
    if x and y and z:
        return 1
    elif not x and y and z:
        return 3
    else:
        return 2


def s20_1_1(x, y, z):
    pass
    if x and y and z:
        return 1
    elif not x and y and z:
        return 3
    else:
        return 2


def s20_1_2(x, y, z):
    pass
    pass
    if x and y and z:
        return 1
    elif not x and y and z:
        return 3
    else:
        return 2


def s20_1_3(x, y, z):
    pass
    pass
    pass
    if x and y and z:
        return 1
    elif not x and y and z:
        return 3
    else:
        return 2


print('x and y and z', 'elif', units(s20_1_0.__code__, s20_1_1.__code__, s20_1_2.__code__, s20_1_3.__code__))


def s20_2_0(x, y, z):
    if x and y and z:
        x = 1
    else:
        x = 2


def s20_2_1(x, y, z):
    pass
    if x and y and z:
        x = 1
    else:
        x = 2


def s20_2_2(x, y, z):
    pass
    pass
    if x and y and z:
        x = 1
    else:
        x = 2


def s20_2_3(x, y, z):
    pass
    pass
    pass
    if x and y and z:
        x = 1
    else:
        x = 2


print('x and y and z', 'ifend', units(s20_2_0.__code__, s20_2_1.__code__, s20_2_2.__code__, s20_2_3.__code__))


def s20_3_0(x, y, z):
    n = 0
    while x and y and z:
        n += 1
        if n > 2:
            break
    return n


def s20_3_1(x, y, z):
    pass
    n = 0
    while x and y and z:
        n += 1
        if n > 2:
            break
    return n


def s20_3_2(x, y, z):
    pass
    pass
    n = 0
    while x and y and z:
        n += 1
        if n > 2:
            break
    return n


def s20_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x and y and z:
        n += 1
        if n > 2:
            break
    return n


print('x and y and z', 'while', units(s20_3_0.__code__, s20_3_1.__code__, s20_3_2.__code__, s20_3_3.__code__))


def s20_4_0(x, y, z):
    assert x and y and z, 'no'


def s20_4_1(x, y, z):
    pass
    assert x and y and z, 'no'


def s20_4_2(x, y, z):
    pass
    pass
    assert x and y and z, 'no'


def s20_4_3(x, y, z):
    pass
    pass
    pass
    assert x and y and z, 'no'


print('x and y and z', 'assert', units(s20_4_0.__code__, s20_4_1.__code__, s20_4_2.__code__, s20_4_3.__code__))


def s20_5_0(x, y, z):
    return 1 if x and y and z else 2


def s20_5_1(x, y, z):
    pass
    return 1 if x and y and z else 2


def s20_5_2(x, y, z):
    pass
    pass
    return 1 if x and y and z else 2


def s20_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x and y and z else 2


print('x and y and z', 'ifexp', units(s20_5_0.__code__, s20_5_1.__code__, s20_5_2.__code__, s20_5_3.__code__))


def s20_6_0(x, y, z):
    return [a for a in (x, y, z) if x and y and z]


def s20_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x and y and z]


def s20_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x and y and z]


def s20_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x and y and z]


print('x and y and z', 'comp', units(s20_6_0.__code__, s20_6_1.__code__, s20_6_2.__code__, s20_6_3.__code__))


def s20_7_0(x, y, z):
    return x and y and z


def s20_7_1(x, y, z):
    pass
    return x and y and z


def s20_7_2(x, y, z):
    pass
    pass
    return x and y and z


def s20_7_3(x, y, z):
    pass
    pass
    pass
    return x and y and z


print('x and y and z', 'value', units(s20_7_0.__code__, s20_7_1.__code__, s20_7_2.__code__, s20_7_3.__code__))


def s21_0_0(x, y, z):
    if x or y or z:
        return 1
    return 2


def s21_0_1(x, y, z):
    pass
    if x or y or z:
        return 1
    return 2


def s21_0_2(x, y, z):
    pass
    pass
    if x or y or z:
        return 1
    return 2


def s21_0_3(x, y, z):
    pass
    pass
    pass
    if x or y or z:
        return 1
    return 2


print('x or y or z', 'if', units(s21_0_0.__code__, s21_0_1.__code__, s21_0_2.__code__, s21_0_3.__code__))


def s21_1_0(x, y, z):
    if x or y or z:
        return 1
    elif not x or y or z:
        return 3
    else:
        return 2


def s21_1_1(x, y, z):
    pass
    if x or y or z:
        return 1
    elif not x or y or z:
        return 3
    else:
        return 2


def s21_1_2(x, y, z):
    pass
    pass
    if x or y or z:
        return 1
    elif not x or y or z:
        return 3
    else:
        return 2


def s21_1_3(x, y, z):
    pass
    pass
    pass
    if x or y or z:
        return 1
    elif not x or y or z:
        return 3
    else:
        return 2


print('x or y or z', 'elif', units(s21_1_0.__code__, s21_1_1.__code__, s21_1_2.__code__, s21_1_3.__code__))


def s21_2_0(x, y, z):
    if x or y or z:
        x = 1
    else:
        x = 2


def s21_2_1(x, y, z):
    pass
    if x or y or z:
        x = 1
    else:
        x = 2


def s21_2_2(x, y, z):
    pass
    pass
    if x or y or z:
        x = 1
    else:
        x = 2


def s21_2_3(x, y, z):
    pass
    pass
    pass
    if x or y or z:
        x = 1
    else:
        x = 2


print('x or y or z', 'ifend', units(s21_2_0.__code__, s21_2_1.__code__, s21_2_2.__code__, s21_2_3.__code__))


def s21_3_0(x, y, z):
    n = 0
    while x or y or z:
        n += 1
        if n > 2:
            break
    return n


def s21_3_1(x, y, z):
    pass
    n = 0
    while x or y or z:
        n += 1
        if n > 2:
            break
    return n


def s21_3_2(x, y, z):
    pass
    pass
    n = 0
    while x or y or z:
        n += 1
        if n > 2:
            break
    return n


def s21_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x or y or z:
        n += 1
        if n > 2:
            break
    return n


print('x or y or z', 'while', units(s21_3_0.__code__, s21_3_1.__code__, s21_3_2.__code__, s21_3_3.__code__))


def s21_4_0(x, y, z):
    assert x or y or z, 'no'


def s21_4_1(x, y, z):
    pass
    assert x or y or z, 'no'


def s21_4_2(x, y, z):
    pass
    pass
    assert x or y or z, 'no'


def s21_4_3(x, y, z):
    pass
    pass
    pass
    assert x or y or z, 'no'


print('x or y or z', 'assert', units(s21_4_0.__code__, s21_4_1.__code__, s21_4_2.__code__, s21_4_3.__code__))


def s21_5_0(x, y, z):
    return 1 if x or y or z else 2


def s21_5_1(x, y, z):
    pass
    return 1 if x or y or z else 2


def s21_5_2(x, y, z):
    pass
    pass
    return 1 if x or y or z else 2


def s21_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x or y or z else 2


print('x or y or z', 'ifexp', units(s21_5_0.__code__, s21_5_1.__code__, s21_5_2.__code__, s21_5_3.__code__))


def s21_6_0(x, y, z):
    return [a for a in (x, y, z) if x or y or z]


def s21_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x or y or z]


def s21_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x or y or z]


def s21_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x or y or z]


print('x or y or z', 'comp', units(s21_6_0.__code__, s21_6_1.__code__, s21_6_2.__code__, s21_6_3.__code__))


def s21_7_0(x, y, z):
    return x or y or z


def s21_7_1(x, y, z):
    pass
    return x or y or z


def s21_7_2(x, y, z):
    pass
    pass
    return x or y or z


def s21_7_3(x, y, z):
    pass
    pass
    pass
    return x or y or z


print('x or y or z', 'value', units(s21_7_0.__code__, s21_7_1.__code__, s21_7_2.__code__, s21_7_3.__code__))


def s22_0_0(x, y, z):
    if (x and y) or z:
        return 1
    return 2


def s22_0_1(x, y, z):
    pass
    if (x and y) or z:
        return 1
    return 2


def s22_0_2(x, y, z):
    pass
    pass
    if (x and y) or z:
        return 1
    return 2


def s22_0_3(x, y, z):
    pass
    pass
    pass
    if (x and y) or z:
        return 1
    return 2


print('(x and y) or z', 'if', units(s22_0_0.__code__, s22_0_1.__code__, s22_0_2.__code__, s22_0_3.__code__))


def s22_1_0(x, y, z):
    if (x and y) or z:
        return 1
    elif not (x and y) or z:
        return 3
    else:
        return 2


def s22_1_1(x, y, z):
    pass
    if (x and y) or z:
        return 1
    elif not (x and y) or z:
        return 3
    else:
        return 2


def s22_1_2(x, y, z):
    pass
    pass
    if (x and y) or z:
        return 1
    elif not (x and y) or z:
        return 3
    else:
        return 2


def s22_1_3(x, y, z):
    pass
    pass
    pass
    if (x and y) or z:
        return 1
    elif not (x and y) or z:
        return 3
    else:
        return 2


print('(x and y) or z', 'elif', units(s22_1_0.__code__, s22_1_1.__code__, s22_1_2.__code__, s22_1_3.__code__))


def s22_2_0(x, y, z):
    if (x and y) or z:
        x = 1
    else:
        x = 2


def s22_2_1(x, y, z):
    pass
    if (x and y) or z:
        x = 1
    else:
        x = 2


def s22_2_2(x, y, z):
    pass
    pass
    if (x and y) or z:
        x = 1
    else:
        x = 2


def s22_2_3(x, y, z):
    pass
    pass
    pass
    if (x and y) or z:
        x = 1
    else:
        x = 2


print('(x and y) or z', 'ifend', units(s22_2_0.__code__, s22_2_1.__code__, s22_2_2.__code__, s22_2_3.__code__))


def s22_3_0(x, y, z):
    n = 0
    while (x and y) or z:
        n += 1
        if n > 2:
            break
    return n


def s22_3_1(x, y, z):
    pass
    n = 0
    while (x and y) or z:
        n += 1
        if n > 2:
            break
    return n


def s22_3_2(x, y, z):
    pass
    pass
    n = 0
    while (x and y) or z:
        n += 1
        if n > 2:
            break
    return n


def s22_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while (x and y) or z:
        n += 1
        if n > 2:
            break
    return n


print('(x and y) or z', 'while', units(s22_3_0.__code__, s22_3_1.__code__, s22_3_2.__code__, s22_3_3.__code__))


def s22_4_0(x, y, z):
    assert (x and y) or z, 'no'


def s22_4_1(x, y, z):
    pass
    assert (x and y) or z, 'no'


def s22_4_2(x, y, z):
    pass
    pass
    assert (x and y) or z, 'no'


def s22_4_3(x, y, z):
    pass
    pass
    pass
    assert (x and y) or z, 'no'


print('(x and y) or z', 'assert', units(s22_4_0.__code__, s22_4_1.__code__, s22_4_2.__code__, s22_4_3.__code__))


def s22_5_0(x, y, z):
    return 1 if (x and y) or z else 2


def s22_5_1(x, y, z):
    pass
    return 1 if (x and y) or z else 2


def s22_5_2(x, y, z):
    pass
    pass
    return 1 if (x and y) or z else 2


def s22_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if (x and y) or z else 2


print('(x and y) or z', 'ifexp', units(s22_5_0.__code__, s22_5_1.__code__, s22_5_2.__code__, s22_5_3.__code__))


def s22_6_0(x, y, z):
    return [a for a in (x, y, z) if (x and y) or z]


def s22_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if (x and y) or z]


def s22_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if (x and y) or z]


def s22_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if (x and y) or z]


print('(x and y) or z', 'comp', units(s22_6_0.__code__, s22_6_1.__code__, s22_6_2.__code__, s22_6_3.__code__))


def s22_7_0(x, y, z):
    return (x and y) or z


def s22_7_1(x, y, z):
    pass
    return (x and y) or z


def s22_7_2(x, y, z):
    pass
    pass
    return (x and y) or z


def s22_7_3(x, y, z):
    pass
    pass
    pass
    return (x and y) or z


print('(x and y) or z', 'value', units(s22_7_0.__code__, s22_7_1.__code__, s22_7_2.__code__, s22_7_3.__code__))


def s23_0_0(x, y, z):
    if x and (y or z):
        return 1
    return 2


def s23_0_1(x, y, z):
    pass
    if x and (y or z):
        return 1
    return 2


def s23_0_2(x, y, z):
    pass
    pass
    if x and (y or z):
        return 1
    return 2


def s23_0_3(x, y, z):
    pass
    pass
    pass
    if x and (y or z):
        return 1
    return 2


print('x and (y or z)', 'if', units(s23_0_0.__code__, s23_0_1.__code__, s23_0_2.__code__, s23_0_3.__code__))


def s23_1_0(x, y, z):
    if x and (y or z):
        return 1
    elif not x and (y or z):
        return 3
    else:
        return 2


def s23_1_1(x, y, z):
    pass
    if x and (y or z):
        return 1
    elif not x and (y or z):
        return 3
    else:
        return 2


def s23_1_2(x, y, z):
    pass
    pass
    if x and (y or z):
        return 1
    elif not x and (y or z):
        return 3
    else:
        return 2


def s23_1_3(x, y, z):
    pass
    pass
    pass
    if x and (y or z):
        return 1
    elif not x and (y or z):
        return 3
    else:
        return 2


print('x and (y or z)', 'elif', units(s23_1_0.__code__, s23_1_1.__code__, s23_1_2.__code__, s23_1_3.__code__))


def s23_2_0(x, y, z):
    if x and (y or z):
        x = 1
    else:
        x = 2


def s23_2_1(x, y, z):
    pass
    if x and (y or z):
        x = 1
    else:
        x = 2


def s23_2_2(x, y, z):
    pass
    pass
    if x and (y or z):
        x = 1
    else:
        x = 2


def s23_2_3(x, y, z):
    pass
    pass
    pass
    if x and (y or z):
        x = 1
    else:
        x = 2


print('x and (y or z)', 'ifend', units(s23_2_0.__code__, s23_2_1.__code__, s23_2_2.__code__, s23_2_3.__code__))


def s23_3_0(x, y, z):
    n = 0
    while x and (y or z):
        n += 1
        if n > 2:
            break
    return n


def s23_3_1(x, y, z):
    pass
    n = 0
    while x and (y or z):
        n += 1
        if n > 2:
            break
    return n


def s23_3_2(x, y, z):
    pass
    pass
    n = 0
    while x and (y or z):
        n += 1
        if n > 2:
            break
    return n


def s23_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x and (y or z):
        n += 1
        if n > 2:
            break
    return n


print('x and (y or z)', 'while', units(s23_3_0.__code__, s23_3_1.__code__, s23_3_2.__code__, s23_3_3.__code__))


def s23_4_0(x, y, z):
    assert x and (y or z), 'no'


def s23_4_1(x, y, z):
    pass
    assert x and (y or z), 'no'


def s23_4_2(x, y, z):
    pass
    pass
    assert x and (y or z), 'no'


def s23_4_3(x, y, z):
    pass
    pass
    pass
    assert x and (y or z), 'no'


print('x and (y or z)', 'assert', units(s23_4_0.__code__, s23_4_1.__code__, s23_4_2.__code__, s23_4_3.__code__))


def s23_5_0(x, y, z):
    return 1 if x and (y or z) else 2


def s23_5_1(x, y, z):
    pass
    return 1 if x and (y or z) else 2


def s23_5_2(x, y, z):
    pass
    pass
    return 1 if x and (y or z) else 2


def s23_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x and (y or z) else 2


print('x and (y or z)', 'ifexp', units(s23_5_0.__code__, s23_5_1.__code__, s23_5_2.__code__, s23_5_3.__code__))


def s23_6_0(x, y, z):
    return [a for a in (x, y, z) if x and (y or z)]


def s23_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x and (y or z)]


def s23_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x and (y or z)]


def s23_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x and (y or z)]


print('x and (y or z)', 'comp', units(s23_6_0.__code__, s23_6_1.__code__, s23_6_2.__code__, s23_6_3.__code__))


def s23_7_0(x, y, z):
    return x and (y or z)


def s23_7_1(x, y, z):
    pass
    return x and (y or z)


def s23_7_2(x, y, z):
    pass
    pass
    return x and (y or z)


def s23_7_3(x, y, z):
    pass
    pass
    pass
    return x and (y or z)


print('x and (y or z)', 'value', units(s23_7_0.__code__, s23_7_1.__code__, s23_7_2.__code__, s23_7_3.__code__))


def s24_0_0(x, y, z):
    if (x or y) and z:
        return 1
    return 2


def s24_0_1(x, y, z):
    pass
    if (x or y) and z:
        return 1
    return 2


def s24_0_2(x, y, z):
    pass
    pass
    if (x or y) and z:
        return 1
    return 2


def s24_0_3(x, y, z):
    pass
    pass
    pass
    if (x or y) and z:
        return 1
    return 2


print('(x or y) and z', 'if', units(s24_0_0.__code__, s24_0_1.__code__, s24_0_2.__code__, s24_0_3.__code__))


def s24_1_0(x, y, z):
    if (x or y) and z:
        return 1
    elif not (x or y) and z:
        return 3
    else:
        return 2


def s24_1_1(x, y, z):
    pass
    if (x or y) and z:
        return 1
    elif not (x or y) and z:
        return 3
    else:
        return 2


def s24_1_2(x, y, z):
    pass
    pass
    if (x or y) and z:
        return 1
    elif not (x or y) and z:
        return 3
    else:
        return 2


def s24_1_3(x, y, z):
    pass
    pass
    pass
    if (x or y) and z:
        return 1
    elif not (x or y) and z:
        return 3
    else:
        return 2


print('(x or y) and z', 'elif', units(s24_1_0.__code__, s24_1_1.__code__, s24_1_2.__code__, s24_1_3.__code__))


def s24_2_0(x, y, z):
    if (x or y) and z:
        x = 1
    else:
        x = 2


def s24_2_1(x, y, z):
    pass
    if (x or y) and z:
        x = 1
    else:
        x = 2


def s24_2_2(x, y, z):
    pass
    pass
    if (x or y) and z:
        x = 1
    else:
        x = 2


def s24_2_3(x, y, z):
    pass
    pass
    pass
    if (x or y) and z:
        x = 1
    else:
        x = 2


print('(x or y) and z', 'ifend', units(s24_2_0.__code__, s24_2_1.__code__, s24_2_2.__code__, s24_2_3.__code__))


def s24_3_0(x, y, z):
    n = 0
    while (x or y) and z:
        n += 1
        if n > 2:
            break
    return n


def s24_3_1(x, y, z):
    pass
    n = 0
    while (x or y) and z:
        n += 1
        if n > 2:
            break
    return n


def s24_3_2(x, y, z):
    pass
    pass
    n = 0
    while (x or y) and z:
        n += 1
        if n > 2:
            break
    return n


def s24_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while (x or y) and z:
        n += 1
        if n > 2:
            break
    return n


print('(x or y) and z', 'while', units(s24_3_0.__code__, s24_3_1.__code__, s24_3_2.__code__, s24_3_3.__code__))


def s24_4_0(x, y, z):
    assert (x or y) and z, 'no'


def s24_4_1(x, y, z):
    pass
    assert (x or y) and z, 'no'


def s24_4_2(x, y, z):
    pass
    pass
    assert (x or y) and z, 'no'


def s24_4_3(x, y, z):
    pass
    pass
    pass
    assert (x or y) and z, 'no'


print('(x or y) and z', 'assert', units(s24_4_0.__code__, s24_4_1.__code__, s24_4_2.__code__, s24_4_3.__code__))


def s24_5_0(x, y, z):
    return 1 if (x or y) and z else 2


def s24_5_1(x, y, z):
    pass
    return 1 if (x or y) and z else 2


def s24_5_2(x, y, z):
    pass
    pass
    return 1 if (x or y) and z else 2


def s24_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if (x or y) and z else 2


print('(x or y) and z', 'ifexp', units(s24_5_0.__code__, s24_5_1.__code__, s24_5_2.__code__, s24_5_3.__code__))


def s24_6_0(x, y, z):
    return [a for a in (x, y, z) if (x or y) and z]


def s24_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if (x or y) and z]


def s24_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if (x or y) and z]


def s24_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if (x or y) and z]


print('(x or y) and z', 'comp', units(s24_6_0.__code__, s24_6_1.__code__, s24_6_2.__code__, s24_6_3.__code__))


def s24_7_0(x, y, z):
    return (x or y) and z


def s24_7_1(x, y, z):
    pass
    return (x or y) and z


def s24_7_2(x, y, z):
    pass
    pass
    return (x or y) and z


def s24_7_3(x, y, z):
    pass
    pass
    pass
    return (x or y) and z


print('(x or y) and z', 'value', units(s24_7_0.__code__, s24_7_1.__code__, s24_7_2.__code__, s24_7_3.__code__))


def s25_0_0(x, y, z):
    if x is None and y:
        return 1
    return 2


def s25_0_1(x, y, z):
    pass
    if x is None and y:
        return 1
    return 2


def s25_0_2(x, y, z):
    pass
    pass
    if x is None and y:
        return 1
    return 2


def s25_0_3(x, y, z):
    pass
    pass
    pass
    if x is None and y:
        return 1
    return 2


print('x is None and y', 'if', units(s25_0_0.__code__, s25_0_1.__code__, s25_0_2.__code__, s25_0_3.__code__))


def s25_1_0(x, y, z):
    if x is None and y:
        return 1
    elif not x is None and y:
        return 3
    else:
        return 2


def s25_1_1(x, y, z):
    pass
    if x is None and y:
        return 1
    elif not x is None and y:
        return 3
    else:
        return 2


def s25_1_2(x, y, z):
    pass
    pass
    if x is None and y:
        return 1
    elif not x is None and y:
        return 3
    else:
        return 2


def s25_1_3(x, y, z):
    pass
    pass
    pass
    if x is None and y:
        return 1
    elif not x is None and y:
        return 3
    else:
        return 2


print('x is None and y', 'elif', units(s25_1_0.__code__, s25_1_1.__code__, s25_1_2.__code__, s25_1_3.__code__))


def s25_2_0(x, y, z):
    if x is None and y:
        x = 1
    else:
        x = 2


def s25_2_1(x, y, z):
    pass
    if x is None and y:
        x = 1
    else:
        x = 2


def s25_2_2(x, y, z):
    pass
    pass
    if x is None and y:
        x = 1
    else:
        x = 2


def s25_2_3(x, y, z):
    pass
    pass
    pass
    if x is None and y:
        x = 1
    else:
        x = 2


print('x is None and y', 'ifend', units(s25_2_0.__code__, s25_2_1.__code__, s25_2_2.__code__, s25_2_3.__code__))


def s25_3_0(x, y, z):
    n = 0
    while x is None and y:
        n += 1
        if n > 2:
            break
    return n


def s25_3_1(x, y, z):
    pass
    n = 0
    while x is None and y:
        n += 1
        if n > 2:
            break
    return n


def s25_3_2(x, y, z):
    pass
    pass
    n = 0
    while x is None and y:
        n += 1
        if n > 2:
            break
    return n


def s25_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x is None and y:
        n += 1
        if n > 2:
            break
    return n


print('x is None and y', 'while', units(s25_3_0.__code__, s25_3_1.__code__, s25_3_2.__code__, s25_3_3.__code__))


def s25_4_0(x, y, z):
    assert x is None and y, 'no'


def s25_4_1(x, y, z):
    pass
    assert x is None and y, 'no'


def s25_4_2(x, y, z):
    pass
    pass
    assert x is None and y, 'no'


def s25_4_3(x, y, z):
    pass
    pass
    pass
    assert x is None and y, 'no'


print('x is None and y', 'assert', units(s25_4_0.__code__, s25_4_1.__code__, s25_4_2.__code__, s25_4_3.__code__))


def s25_5_0(x, y, z):
    return 1 if x is None and y else 2


def s25_5_1(x, y, z):
    pass
    return 1 if x is None and y else 2


def s25_5_2(x, y, z):
    pass
    pass
    return 1 if x is None and y else 2


def s25_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x is None and y else 2


print('x is None and y', 'ifexp', units(s25_5_0.__code__, s25_5_1.__code__, s25_5_2.__code__, s25_5_3.__code__))


def s25_6_0(x, y, z):
    return [a for a in (x, y, z) if x is None and y]


def s25_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x is None and y]


def s25_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x is None and y]


def s25_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x is None and y]


print('x is None and y', 'comp', units(s25_6_0.__code__, s25_6_1.__code__, s25_6_2.__code__, s25_6_3.__code__))


def s25_7_0(x, y, z):
    return x is None and y


def s25_7_1(x, y, z):
    pass
    return x is None and y


def s25_7_2(x, y, z):
    pass
    pass
    return x is None and y


def s25_7_3(x, y, z):
    pass
    pass
    pass
    return x is None and y


print('x is None and y', 'value', units(s25_7_0.__code__, s25_7_1.__code__, s25_7_2.__code__, s25_7_3.__code__))


def s26_0_0(x, y, z):
    if x is not None and y:
        return 1
    return 2


def s26_0_1(x, y, z):
    pass
    if x is not None and y:
        return 1
    return 2


def s26_0_2(x, y, z):
    pass
    pass
    if x is not None and y:
        return 1
    return 2


def s26_0_3(x, y, z):
    pass
    pass
    pass
    if x is not None and y:
        return 1
    return 2


print('x is not None and y', 'if', units(s26_0_0.__code__, s26_0_1.__code__, s26_0_2.__code__, s26_0_3.__code__))


def s26_1_0(x, y, z):
    if x is not None and y:
        return 1
    elif not x is not None and y:
        return 3
    else:
        return 2


def s26_1_1(x, y, z):
    pass
    if x is not None and y:
        return 1
    elif not x is not None and y:
        return 3
    else:
        return 2


def s26_1_2(x, y, z):
    pass
    pass
    if x is not None and y:
        return 1
    elif not x is not None and y:
        return 3
    else:
        return 2


def s26_1_3(x, y, z):
    pass
    pass
    pass
    if x is not None and y:
        return 1
    elif not x is not None and y:
        return 3
    else:
        return 2


print('x is not None and y', 'elif', units(s26_1_0.__code__, s26_1_1.__code__, s26_1_2.__code__, s26_1_3.__code__))


def s26_2_0(x, y, z):
    if x is not None and y:
        x = 1
    else:
        x = 2


def s26_2_1(x, y, z):
    pass
    if x is not None and y:
        x = 1
    else:
        x = 2


def s26_2_2(x, y, z):
    pass
    pass
    if x is not None and y:
        x = 1
    else:
        x = 2


def s26_2_3(x, y, z):
    pass
    pass
    pass
    if x is not None and y:
        x = 1
    else:
        x = 2


print('x is not None and y', 'ifend', units(s26_2_0.__code__, s26_2_1.__code__, s26_2_2.__code__, s26_2_3.__code__))


def s26_3_0(x, y, z):
    n = 0
    while x is not None and y:
        n += 1
        if n > 2:
            break
    return n


def s26_3_1(x, y, z):
    pass
    n = 0
    while x is not None and y:
        n += 1
        if n > 2:
            break
    return n


def s26_3_2(x, y, z):
    pass
    pass
    n = 0
    while x is not None and y:
        n += 1
        if n > 2:
            break
    return n


def s26_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x is not None and y:
        n += 1
        if n > 2:
            break
    return n


print('x is not None and y', 'while', units(s26_3_0.__code__, s26_3_1.__code__, s26_3_2.__code__, s26_3_3.__code__))


def s26_4_0(x, y, z):
    assert x is not None and y, 'no'


def s26_4_1(x, y, z):
    pass
    assert x is not None and y, 'no'


def s26_4_2(x, y, z):
    pass
    pass
    assert x is not None and y, 'no'


def s26_4_3(x, y, z):
    pass
    pass
    pass
    assert x is not None and y, 'no'


print('x is not None and y', 'assert', units(s26_4_0.__code__, s26_4_1.__code__, s26_4_2.__code__, s26_4_3.__code__))


def s26_5_0(x, y, z):
    return 1 if x is not None and y else 2


def s26_5_1(x, y, z):
    pass
    return 1 if x is not None and y else 2


def s26_5_2(x, y, z):
    pass
    pass
    return 1 if x is not None and y else 2


def s26_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x is not None and y else 2


print('x is not None and y', 'ifexp', units(s26_5_0.__code__, s26_5_1.__code__, s26_5_2.__code__, s26_5_3.__code__))


def s26_6_0(x, y, z):
    return [a for a in (x, y, z) if x is not None and y]


def s26_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x is not None and y]


def s26_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x is not None and y]


def s26_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x is not None and y]


print('x is not None and y', 'comp', units(s26_6_0.__code__, s26_6_1.__code__, s26_6_2.__code__, s26_6_3.__code__))


def s26_7_0(x, y, z):
    return x is not None and y


def s26_7_1(x, y, z):
    pass
    return x is not None and y


def s26_7_2(x, y, z):
    pass
    pass
    return x is not None and y


def s26_7_3(x, y, z):
    pass
    pass
    pass
    return x is not None and y


print('x is not None and y', 'value', units(s26_7_0.__code__, s26_7_1.__code__, s26_7_2.__code__, s26_7_3.__code__))


def s27_0_0(x, y, z):
    if x is None or y is None:
        return 1
    return 2


def s27_0_1(x, y, z):
    pass
    if x is None or y is None:
        return 1
    return 2


def s27_0_2(x, y, z):
    pass
    pass
    if x is None or y is None:
        return 1
    return 2


def s27_0_3(x, y, z):
    pass
    pass
    pass
    if x is None or y is None:
        return 1
    return 2


print('x is None or y is None', 'if', units(s27_0_0.__code__, s27_0_1.__code__, s27_0_2.__code__, s27_0_3.__code__))


def s27_1_0(x, y, z):
    if x is None or y is None:
        return 1
    elif not x is None or y is None:
        return 3
    else:
        return 2


def s27_1_1(x, y, z):
    pass
    if x is None or y is None:
        return 1
    elif not x is None or y is None:
        return 3
    else:
        return 2


def s27_1_2(x, y, z):
    pass
    pass
    if x is None or y is None:
        return 1
    elif not x is None or y is None:
        return 3
    else:
        return 2


def s27_1_3(x, y, z):
    pass
    pass
    pass
    if x is None or y is None:
        return 1
    elif not x is None or y is None:
        return 3
    else:
        return 2


print('x is None or y is None', 'elif', units(s27_1_0.__code__, s27_1_1.__code__, s27_1_2.__code__, s27_1_3.__code__))


def s27_2_0(x, y, z):
    if x is None or y is None:
        x = 1
    else:
        x = 2


def s27_2_1(x, y, z):
    pass
    if x is None or y is None:
        x = 1
    else:
        x = 2


def s27_2_2(x, y, z):
    pass
    pass
    if x is None or y is None:
        x = 1
    else:
        x = 2


def s27_2_3(x, y, z):
    pass
    pass
    pass
    if x is None or y is None:
        x = 1
    else:
        x = 2


print('x is None or y is None', 'ifend', units(s27_2_0.__code__, s27_2_1.__code__, s27_2_2.__code__, s27_2_3.__code__))


def s27_3_0(x, y, z):
    n = 0
    while x is None or y is None:
        n += 1
        if n > 2:
            break
    return n


def s27_3_1(x, y, z):
    pass
    n = 0
    while x is None or y is None:
        n += 1
        if n > 2:
            break
    return n


def s27_3_2(x, y, z):
    pass
    pass
    n = 0
    while x is None or y is None:
        n += 1
        if n > 2:
            break
    return n


def s27_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x is None or y is None:
        n += 1
        if n > 2:
            break
    return n


print('x is None or y is None', 'while', units(s27_3_0.__code__, s27_3_1.__code__, s27_3_2.__code__, s27_3_3.__code__))


def s27_4_0(x, y, z):
    assert x is None or y is None, 'no'


def s27_4_1(x, y, z):
    pass
    assert x is None or y is None, 'no'


def s27_4_2(x, y, z):
    pass
    pass
    assert x is None or y is None, 'no'


def s27_4_3(x, y, z):
    pass
    pass
    pass
    assert x is None or y is None, 'no'


print('x is None or y is None', 'assert', units(s27_4_0.__code__, s27_4_1.__code__, s27_4_2.__code__, s27_4_3.__code__))


def s27_5_0(x, y, z):
    return 1 if x is None or y is None else 2


def s27_5_1(x, y, z):
    pass
    return 1 if x is None or y is None else 2


def s27_5_2(x, y, z):
    pass
    pass
    return 1 if x is None or y is None else 2


def s27_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x is None or y is None else 2


print('x is None or y is None', 'ifexp', units(s27_5_0.__code__, s27_5_1.__code__, s27_5_2.__code__, s27_5_3.__code__))


def s27_6_0(x, y, z):
    return [a for a in (x, y, z) if x is None or y is None]


def s27_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x is None or y is None]


def s27_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x is None or y is None]


def s27_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x is None or y is None]


print('x is None or y is None', 'comp', units(s27_6_0.__code__, s27_6_1.__code__, s27_6_2.__code__, s27_6_3.__code__))


def s27_7_0(x, y, z):
    return x is None or y is None


def s27_7_1(x, y, z):
    pass
    return x is None or y is None


def s27_7_2(x, y, z):
    pass
    pass
    return x is None or y is None


def s27_7_3(x, y, z):
    pass
    pass
    pass
    return x is None or y is None


print('x is None or y is None', 'value', units(s27_7_0.__code__, s27_7_1.__code__, s27_7_2.__code__, s27_7_3.__code__))


def s28_0_0(x, y, z):
    if x is not None or y is not None:
        return 1
    return 2


def s28_0_1(x, y, z):
    pass
    if x is not None or y is not None:
        return 1
    return 2


def s28_0_2(x, y, z):
    pass
    pass
    if x is not None or y is not None:
        return 1
    return 2


def s28_0_3(x, y, z):
    pass
    pass
    pass
    if x is not None or y is not None:
        return 1
    return 2


print('x is not None or y is not None', 'if', units(s28_0_0.__code__, s28_0_1.__code__, s28_0_2.__code__, s28_0_3.__code__))


def s28_1_0(x, y, z):
    if x is not None or y is not None:
        return 1
    elif not x is not None or y is not None:
        return 3
    else:
        return 2


def s28_1_1(x, y, z):
    pass
    if x is not None or y is not None:
        return 1
    elif not x is not None or y is not None:
        return 3
    else:
        return 2


def s28_1_2(x, y, z):
    pass
    pass
    if x is not None or y is not None:
        return 1
    elif not x is not None or y is not None:
        return 3
    else:
        return 2


def s28_1_3(x, y, z):
    pass
    pass
    pass
    if x is not None or y is not None:
        return 1
    elif not x is not None or y is not None:
        return 3
    else:
        return 2


print('x is not None or y is not None', 'elif', units(s28_1_0.__code__, s28_1_1.__code__, s28_1_2.__code__, s28_1_3.__code__))


def s28_2_0(x, y, z):
    if x is not None or y is not None:
        x = 1
    else:
        x = 2


def s28_2_1(x, y, z):
    pass
    if x is not None or y is not None:
        x = 1
    else:
        x = 2


def s28_2_2(x, y, z):
    pass
    pass
    if x is not None or y is not None:
        x = 1
    else:
        x = 2


def s28_2_3(x, y, z):
    pass
    pass
    pass
    if x is not None or y is not None:
        x = 1
    else:
        x = 2


print('x is not None or y is not None', 'ifend', units(s28_2_0.__code__, s28_2_1.__code__, s28_2_2.__code__, s28_2_3.__code__))


def s28_3_0(x, y, z):
    n = 0
    while x is not None or y is not None:
        n += 1
        if n > 2:
            break
    return n


def s28_3_1(x, y, z):
    pass
    n = 0
    while x is not None or y is not None:
        n += 1
        if n > 2:
            break
    return n


def s28_3_2(x, y, z):
    pass
    pass
    n = 0
    while x is not None or y is not None:
        n += 1
        if n > 2:
            break
    return n


def s28_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x is not None or y is not None:
        n += 1
        if n > 2:
            break
    return n


print('x is not None or y is not None', 'while', units(s28_3_0.__code__, s28_3_1.__code__, s28_3_2.__code__, s28_3_3.__code__))


def s28_4_0(x, y, z):
    assert x is not None or y is not None, 'no'


def s28_4_1(x, y, z):
    pass
    assert x is not None or y is not None, 'no'


def s28_4_2(x, y, z):
    pass
    pass
    assert x is not None or y is not None, 'no'


def s28_4_3(x, y, z):
    pass
    pass
    pass
    assert x is not None or y is not None, 'no'


print('x is not None or y is not None', 'assert', units(s28_4_0.__code__, s28_4_1.__code__, s28_4_2.__code__, s28_4_3.__code__))


def s28_5_0(x, y, z):
    return 1 if x is not None or y is not None else 2


def s28_5_1(x, y, z):
    pass
    return 1 if x is not None or y is not None else 2


def s28_5_2(x, y, z):
    pass
    pass
    return 1 if x is not None or y is not None else 2


def s28_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x is not None or y is not None else 2


print('x is not None or y is not None', 'ifexp', units(s28_5_0.__code__, s28_5_1.__code__, s28_5_2.__code__, s28_5_3.__code__))


def s28_6_0(x, y, z):
    return [a for a in (x, y, z) if x is not None or y is not None]


def s28_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x is not None or y is not None]


def s28_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x is not None or y is not None]


def s28_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x is not None or y is not None]


print('x is not None or y is not None', 'comp', units(s28_6_0.__code__, s28_6_1.__code__, s28_6_2.__code__, s28_6_3.__code__))


def s28_7_0(x, y, z):
    return x is not None or y is not None


def s28_7_1(x, y, z):
    pass
    return x is not None or y is not None


def s28_7_2(x, y, z):
    pass
    pass
    return x is not None or y is not None


def s28_7_3(x, y, z):
    pass
    pass
    pass
    return x is not None or y is not None


print('x is not None or y is not None', 'value', units(s28_7_0.__code__, s28_7_1.__code__, s28_7_2.__code__, s28_7_3.__code__))


def s29_0_0(x, y, z):
    if x and y is None:
        return 1
    return 2


def s29_0_1(x, y, z):
    pass
    if x and y is None:
        return 1
    return 2


def s29_0_2(x, y, z):
    pass
    pass
    if x and y is None:
        return 1
    return 2


def s29_0_3(x, y, z):
    pass
    pass
    pass
    if x and y is None:
        return 1
    return 2


print('x and y is None', 'if', units(s29_0_0.__code__, s29_0_1.__code__, s29_0_2.__code__, s29_0_3.__code__))


def s29_1_0(x, y, z):
    if x and y is None:
        return 1
    elif not x and y is None:
        return 3
    else:
        return 2


def s29_1_1(x, y, z):
    pass
    if x and y is None:
        return 1
    elif not x and y is None:
        return 3
    else:
        return 2


def s29_1_2(x, y, z):
    pass
    pass
    if x and y is None:
        return 1
    elif not x and y is None:
        return 3
    else:
        return 2


def s29_1_3(x, y, z):
    pass
    pass
    pass
    if x and y is None:
        return 1
    elif not x and y is None:
        return 3
    else:
        return 2


print('x and y is None', 'elif', units(s29_1_0.__code__, s29_1_1.__code__, s29_1_2.__code__, s29_1_3.__code__))


def s29_2_0(x, y, z):
    if x and y is None:
        x = 1
    else:
        x = 2


def s29_2_1(x, y, z):
    pass
    if x and y is None:
        x = 1
    else:
        x = 2


def s29_2_2(x, y, z):
    pass
    pass
    if x and y is None:
        x = 1
    else:
        x = 2


def s29_2_3(x, y, z):
    pass
    pass
    pass
    if x and y is None:
        x = 1
    else:
        x = 2


print('x and y is None', 'ifend', units(s29_2_0.__code__, s29_2_1.__code__, s29_2_2.__code__, s29_2_3.__code__))


def s29_3_0(x, y, z):
    n = 0
    while x and y is None:
        n += 1
        if n > 2:
            break
    return n


def s29_3_1(x, y, z):
    pass
    n = 0
    while x and y is None:
        n += 1
        if n > 2:
            break
    return n


def s29_3_2(x, y, z):
    pass
    pass
    n = 0
    while x and y is None:
        n += 1
        if n > 2:
            break
    return n


def s29_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x and y is None:
        n += 1
        if n > 2:
            break
    return n


print('x and y is None', 'while', units(s29_3_0.__code__, s29_3_1.__code__, s29_3_2.__code__, s29_3_3.__code__))


def s29_4_0(x, y, z):
    assert x and y is None, 'no'


def s29_4_1(x, y, z):
    pass
    assert x and y is None, 'no'


def s29_4_2(x, y, z):
    pass
    pass
    assert x and y is None, 'no'


def s29_4_3(x, y, z):
    pass
    pass
    pass
    assert x and y is None, 'no'


print('x and y is None', 'assert', units(s29_4_0.__code__, s29_4_1.__code__, s29_4_2.__code__, s29_4_3.__code__))


def s29_5_0(x, y, z):
    return 1 if x and y is None else 2


def s29_5_1(x, y, z):
    pass
    return 1 if x and y is None else 2


def s29_5_2(x, y, z):
    pass
    pass
    return 1 if x and y is None else 2


def s29_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x and y is None else 2


print('x and y is None', 'ifexp', units(s29_5_0.__code__, s29_5_1.__code__, s29_5_2.__code__, s29_5_3.__code__))


def s29_6_0(x, y, z):
    return [a for a in (x, y, z) if x and y is None]


def s29_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x and y is None]


def s29_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x and y is None]


def s29_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x and y is None]


print('x and y is None', 'comp', units(s29_6_0.__code__, s29_6_1.__code__, s29_6_2.__code__, s29_6_3.__code__))


def s29_7_0(x, y, z):
    return x and y is None


def s29_7_1(x, y, z):
    pass
    return x and y is None


def s29_7_2(x, y, z):
    pass
    pass
    return x and y is None


def s29_7_3(x, y, z):
    pass
    pass
    pass
    return x and y is None


print('x and y is None', 'value', units(s29_7_0.__code__, s29_7_1.__code__, s29_7_2.__code__, s29_7_3.__code__))


def s30_0_0(x, y, z):
    if not x and y is not None:
        return 1
    return 2


def s30_0_1(x, y, z):
    pass
    if not x and y is not None:
        return 1
    return 2


def s30_0_2(x, y, z):
    pass
    pass
    if not x and y is not None:
        return 1
    return 2


def s30_0_3(x, y, z):
    pass
    pass
    pass
    if not x and y is not None:
        return 1
    return 2


print('not x and y is not None', 'if', units(s30_0_0.__code__, s30_0_1.__code__, s30_0_2.__code__, s30_0_3.__code__))


def s30_1_0(x, y, z):
    if not x and y is not None:
        return 1
    elif not not x and y is not None:
        return 3
    else:
        return 2


def s30_1_1(x, y, z):
    pass
    if not x and y is not None:
        return 1
    elif not not x and y is not None:
        return 3
    else:
        return 2


def s30_1_2(x, y, z):
    pass
    pass
    if not x and y is not None:
        return 1
    elif not not x and y is not None:
        return 3
    else:
        return 2


def s30_1_3(x, y, z):
    pass
    pass
    pass
    if not x and y is not None:
        return 1
    elif not not x and y is not None:
        return 3
    else:
        return 2


print('not x and y is not None', 'elif', units(s30_1_0.__code__, s30_1_1.__code__, s30_1_2.__code__, s30_1_3.__code__))


def s30_2_0(x, y, z):
    if not x and y is not None:
        x = 1
    else:
        x = 2


def s30_2_1(x, y, z):
    pass
    if not x and y is not None:
        x = 1
    else:
        x = 2


def s30_2_2(x, y, z):
    pass
    pass
    if not x and y is not None:
        x = 1
    else:
        x = 2


def s30_2_3(x, y, z):
    pass
    pass
    pass
    if not x and y is not None:
        x = 1
    else:
        x = 2


print('not x and y is not None', 'ifend', units(s30_2_0.__code__, s30_2_1.__code__, s30_2_2.__code__, s30_2_3.__code__))


def s30_3_0(x, y, z):
    n = 0
    while not x and y is not None:
        n += 1
        if n > 2:
            break
    return n


def s30_3_1(x, y, z):
    pass
    n = 0
    while not x and y is not None:
        n += 1
        if n > 2:
            break
    return n


def s30_3_2(x, y, z):
    pass
    pass
    n = 0
    while not x and y is not None:
        n += 1
        if n > 2:
            break
    return n


def s30_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while not x and y is not None:
        n += 1
        if n > 2:
            break
    return n


print('not x and y is not None', 'while', units(s30_3_0.__code__, s30_3_1.__code__, s30_3_2.__code__, s30_3_3.__code__))


def s30_4_0(x, y, z):
    assert not x and y is not None, 'no'


def s30_4_1(x, y, z):
    pass
    assert not x and y is not None, 'no'


def s30_4_2(x, y, z):
    pass
    pass
    assert not x and y is not None, 'no'


def s30_4_3(x, y, z):
    pass
    pass
    pass
    assert not x and y is not None, 'no'


print('not x and y is not None', 'assert', units(s30_4_0.__code__, s30_4_1.__code__, s30_4_2.__code__, s30_4_3.__code__))


def s30_5_0(x, y, z):
    return 1 if not x and y is not None else 2


def s30_5_1(x, y, z):
    pass
    return 1 if not x and y is not None else 2


def s30_5_2(x, y, z):
    pass
    pass
    return 1 if not x and y is not None else 2


def s30_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if not x and y is not None else 2


print('not x and y is not None', 'ifexp', units(s30_5_0.__code__, s30_5_1.__code__, s30_5_2.__code__, s30_5_3.__code__))


def s30_6_0(x, y, z):
    return [a for a in (x, y, z) if not x and y is not None]


def s30_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if not x and y is not None]


def s30_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if not x and y is not None]


def s30_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if not x and y is not None]


print('not x and y is not None', 'comp', units(s30_6_0.__code__, s30_6_1.__code__, s30_6_2.__code__, s30_6_3.__code__))


def s30_7_0(x, y, z):
    return not x and y is not None


def s30_7_1(x, y, z):
    pass
    return not x and y is not None


def s30_7_2(x, y, z):
    pass
    pass
    return not x and y is not None


def s30_7_3(x, y, z):
    pass
    pass
    pass
    return not x and y is not None


print('not x and y is not None', 'value', units(s30_7_0.__code__, s30_7_1.__code__, s30_7_2.__code__, s30_7_3.__code__))


def s31_0_0(x, y, z):
    if (y if x else z):
        return 1
    return 2


def s31_0_1(x, y, z):
    pass
    if (y if x else z):
        return 1
    return 2


def s31_0_2(x, y, z):
    pass
    pass
    if (y if x else z):
        return 1
    return 2


def s31_0_3(x, y, z):
    pass
    pass
    pass
    if (y if x else z):
        return 1
    return 2


print('(y if x else z)', 'if', units(s31_0_0.__code__, s31_0_1.__code__, s31_0_2.__code__, s31_0_3.__code__))


def s31_1_0(x, y, z):
    if (y if x else z):
        return 1
    elif not (y if x else z):
        return 3
    else:
        return 2


def s31_1_1(x, y, z):
    pass
    if (y if x else z):
        return 1
    elif not (y if x else z):
        return 3
    else:
        return 2


def s31_1_2(x, y, z):
    pass
    pass
    if (y if x else z):
        return 1
    elif not (y if x else z):
        return 3
    else:
        return 2


def s31_1_3(x, y, z):
    pass
    pass
    pass
    if (y if x else z):
        return 1
    elif not (y if x else z):
        return 3
    else:
        return 2


print('(y if x else z)', 'elif', units(s31_1_0.__code__, s31_1_1.__code__, s31_1_2.__code__, s31_1_3.__code__))


def s31_2_0(x, y, z):
    if (y if x else z):
        x = 1
    else:
        x = 2


def s31_2_1(x, y, z):
    pass
    if (y if x else z):
        x = 1
    else:
        x = 2


def s31_2_2(x, y, z):
    pass
    pass
    if (y if x else z):
        x = 1
    else:
        x = 2


def s31_2_3(x, y, z):
    pass
    pass
    pass
    if (y if x else z):
        x = 1
    else:
        x = 2


print('(y if x else z)', 'ifend', units(s31_2_0.__code__, s31_2_1.__code__, s31_2_2.__code__, s31_2_3.__code__))


def s31_3_0(x, y, z):
    n = 0
    while (y if x else z):
        n += 1
        if n > 2:
            break
    return n


def s31_3_1(x, y, z):
    pass
    n = 0
    while (y if x else z):
        n += 1
        if n > 2:
            break
    return n


def s31_3_2(x, y, z):
    pass
    pass
    n = 0
    while (y if x else z):
        n += 1
        if n > 2:
            break
    return n


def s31_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while (y if x else z):
        n += 1
        if n > 2:
            break
    return n


print('(y if x else z)', 'while', units(s31_3_0.__code__, s31_3_1.__code__, s31_3_2.__code__, s31_3_3.__code__))


def s31_4_0(x, y, z):
    assert (y if x else z), 'no'


def s31_4_1(x, y, z):
    pass
    assert (y if x else z), 'no'


def s31_4_2(x, y, z):
    pass
    pass
    assert (y if x else z), 'no'


def s31_4_3(x, y, z):
    pass
    pass
    pass
    assert (y if x else z), 'no'


print('(y if x else z)', 'assert', units(s31_4_0.__code__, s31_4_1.__code__, s31_4_2.__code__, s31_4_3.__code__))


def s31_5_0(x, y, z):
    return 1 if (y if x else z) else 2


def s31_5_1(x, y, z):
    pass
    return 1 if (y if x else z) else 2


def s31_5_2(x, y, z):
    pass
    pass
    return 1 if (y if x else z) else 2


def s31_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if (y if x else z) else 2


print('(y if x else z)', 'ifexp', units(s31_5_0.__code__, s31_5_1.__code__, s31_5_2.__code__, s31_5_3.__code__))


def s31_6_0(x, y, z):
    return [a for a in (x, y, z) if (y if x else z)]


def s31_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if (y if x else z)]


def s31_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if (y if x else z)]


def s31_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if (y if x else z)]


print('(y if x else z)', 'comp', units(s31_6_0.__code__, s31_6_1.__code__, s31_6_2.__code__, s31_6_3.__code__))


def s31_7_0(x, y, z):
    return (y if x else z)


def s31_7_1(x, y, z):
    pass
    return (y if x else z)


def s31_7_2(x, y, z):
    pass
    pass
    return (y if x else z)


def s31_7_3(x, y, z):
    pass
    pass
    pass
    return (y if x else z)


print('(y if x else z)', 'value', units(s31_7_0.__code__, s31_7_1.__code__, s31_7_2.__code__, s31_7_3.__code__))


def s32_0_0(x, y, z):
    if (y if not x else z):
        return 1
    return 2


def s32_0_1(x, y, z):
    pass
    if (y if not x else z):
        return 1
    return 2


def s32_0_2(x, y, z):
    pass
    pass
    if (y if not x else z):
        return 1
    return 2


def s32_0_3(x, y, z):
    pass
    pass
    pass
    if (y if not x else z):
        return 1
    return 2


print('(y if not x else z)', 'if', units(s32_0_0.__code__, s32_0_1.__code__, s32_0_2.__code__, s32_0_3.__code__))


def s32_1_0(x, y, z):
    if (y if not x else z):
        return 1
    elif not (y if not x else z):
        return 3
    else:
        return 2


def s32_1_1(x, y, z):
    pass
    if (y if not x else z):
        return 1
    elif not (y if not x else z):
        return 3
    else:
        return 2


def s32_1_2(x, y, z):
    pass
    pass
    if (y if not x else z):
        return 1
    elif not (y if not x else z):
        return 3
    else:
        return 2


def s32_1_3(x, y, z):
    pass
    pass
    pass
    if (y if not x else z):
        return 1
    elif not (y if not x else z):
        return 3
    else:
        return 2


print('(y if not x else z)', 'elif', units(s32_1_0.__code__, s32_1_1.__code__, s32_1_2.__code__, s32_1_3.__code__))


def s32_2_0(x, y, z):
    if (y if not x else z):
        x = 1
    else:
        x = 2


def s32_2_1(x, y, z):
    pass
    if (y if not x else z):
        x = 1
    else:
        x = 2


def s32_2_2(x, y, z):
    pass
    pass
    if (y if not x else z):
        x = 1
    else:
        x = 2


def s32_2_3(x, y, z):
    pass
    pass
    pass
    if (y if not x else z):
        x = 1
    else:
        x = 2


print('(y if not x else z)', 'ifend', units(s32_2_0.__code__, s32_2_1.__code__, s32_2_2.__code__, s32_2_3.__code__))


def s32_3_0(x, y, z):
    n = 0
    while (y if not x else z):
        n += 1
        if n > 2:
            break
    return n


def s32_3_1(x, y, z):
    pass
    n = 0
    while (y if not x else z):
        n += 1
        if n > 2:
            break
    return n


def s32_3_2(x, y, z):
    pass
    pass
    n = 0
    while (y if not x else z):
        n += 1
        if n > 2:
            break
    return n


def s32_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while (y if not x else z):
        n += 1
        if n > 2:
            break
    return n


print('(y if not x else z)', 'while', units(s32_3_0.__code__, s32_3_1.__code__, s32_3_2.__code__, s32_3_3.__code__))


def s32_4_0(x, y, z):
    assert (y if not x else z), 'no'


def s32_4_1(x, y, z):
    pass
    assert (y if not x else z), 'no'


def s32_4_2(x, y, z):
    pass
    pass
    assert (y if not x else z), 'no'


def s32_4_3(x, y, z):
    pass
    pass
    pass
    assert (y if not x else z), 'no'


print('(y if not x else z)', 'assert', units(s32_4_0.__code__, s32_4_1.__code__, s32_4_2.__code__, s32_4_3.__code__))


def s32_5_0(x, y, z):
    return 1 if (y if not x else z) else 2


def s32_5_1(x, y, z):
    pass
    return 1 if (y if not x else z) else 2


def s32_5_2(x, y, z):
    pass
    pass
    return 1 if (y if not x else z) else 2


def s32_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if (y if not x else z) else 2


print('(y if not x else z)', 'ifexp', units(s32_5_0.__code__, s32_5_1.__code__, s32_5_2.__code__, s32_5_3.__code__))


def s32_6_0(x, y, z):
    return [a for a in (x, y, z) if (y if not x else z)]


def s32_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if (y if not x else z)]


def s32_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if (y if not x else z)]


def s32_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if (y if not x else z)]


print('(y if not x else z)', 'comp', units(s32_6_0.__code__, s32_6_1.__code__, s32_6_2.__code__, s32_6_3.__code__))


def s32_7_0(x, y, z):
    return (y if not x else z)


def s32_7_1(x, y, z):
    pass
    return (y if not x else z)


def s32_7_2(x, y, z):
    pass
    pass
    return (y if not x else z)


def s32_7_3(x, y, z):
    pass
    pass
    pass
    return (y if not x else z)


print('(y if not x else z)', 'value', units(s32_7_0.__code__, s32_7_1.__code__, s32_7_2.__code__, s32_7_3.__code__))


def s33_0_0(x, y, z):
    if (x is None if y else z is None):
        return 1
    return 2


def s33_0_1(x, y, z):
    pass
    if (x is None if y else z is None):
        return 1
    return 2


def s33_0_2(x, y, z):
    pass
    pass
    if (x is None if y else z is None):
        return 1
    return 2


def s33_0_3(x, y, z):
    pass
    pass
    pass
    if (x is None if y else z is None):
        return 1
    return 2


print('(x is None if y else z is None)', 'if', units(s33_0_0.__code__, s33_0_1.__code__, s33_0_2.__code__, s33_0_3.__code__))


def s33_1_0(x, y, z):
    if (x is None if y else z is None):
        return 1
    elif not (x is None if y else z is None):
        return 3
    else:
        return 2


def s33_1_1(x, y, z):
    pass
    if (x is None if y else z is None):
        return 1
    elif not (x is None if y else z is None):
        return 3
    else:
        return 2


def s33_1_2(x, y, z):
    pass
    pass
    if (x is None if y else z is None):
        return 1
    elif not (x is None if y else z is None):
        return 3
    else:
        return 2


def s33_1_3(x, y, z):
    pass
    pass
    pass
    if (x is None if y else z is None):
        return 1
    elif not (x is None if y else z is None):
        return 3
    else:
        return 2


print('(x is None if y else z is None)', 'elif', units(s33_1_0.__code__, s33_1_1.__code__, s33_1_2.__code__, s33_1_3.__code__))


def s33_2_0(x, y, z):
    if (x is None if y else z is None):
        x = 1
    else:
        x = 2


def s33_2_1(x, y, z):
    pass
    if (x is None if y else z is None):
        x = 1
    else:
        x = 2


def s33_2_2(x, y, z):
    pass
    pass
    if (x is None if y else z is None):
        x = 1
    else:
        x = 2


def s33_2_3(x, y, z):
    pass
    pass
    pass
    if (x is None if y else z is None):
        x = 1
    else:
        x = 2


print('(x is None if y else z is None)', 'ifend', units(s33_2_0.__code__, s33_2_1.__code__, s33_2_2.__code__, s33_2_3.__code__))


def s33_3_0(x, y, z):
    n = 0
    while (x is None if y else z is None):
        n += 1
        if n > 2:
            break
    return n


def s33_3_1(x, y, z):
    pass
    n = 0
    while (x is None if y else z is None):
        n += 1
        if n > 2:
            break
    return n


def s33_3_2(x, y, z):
    pass
    pass
    n = 0
    while (x is None if y else z is None):
        n += 1
        if n > 2:
            break
    return n


def s33_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while (x is None if y else z is None):
        n += 1
        if n > 2:
            break
    return n


print('(x is None if y else z is None)', 'while', units(s33_3_0.__code__, s33_3_1.__code__, s33_3_2.__code__, s33_3_3.__code__))


def s33_4_0(x, y, z):
    assert (x is None if y else z is None), 'no'


def s33_4_1(x, y, z):
    pass
    assert (x is None if y else z is None), 'no'


def s33_4_2(x, y, z):
    pass
    pass
    assert (x is None if y else z is None), 'no'


def s33_4_3(x, y, z):
    pass
    pass
    pass
    assert (x is None if y else z is None), 'no'


print('(x is None if y else z is None)', 'assert', units(s33_4_0.__code__, s33_4_1.__code__, s33_4_2.__code__, s33_4_3.__code__))


def s33_5_0(x, y, z):
    return 1 if (x is None if y else z is None) else 2


def s33_5_1(x, y, z):
    pass
    return 1 if (x is None if y else z is None) else 2


def s33_5_2(x, y, z):
    pass
    pass
    return 1 if (x is None if y else z is None) else 2


def s33_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if (x is None if y else z is None) else 2


print('(x is None if y else z is None)', 'ifexp', units(s33_5_0.__code__, s33_5_1.__code__, s33_5_2.__code__, s33_5_3.__code__))


def s33_6_0(x, y, z):
    return [a for a in (x, y, z) if (x is None if y else z is None)]


def s33_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if (x is None if y else z is None)]


def s33_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if (x is None if y else z is None)]


def s33_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if (x is None if y else z is None)]


print('(x is None if y else z is None)', 'comp', units(s33_6_0.__code__, s33_6_1.__code__, s33_6_2.__code__, s33_6_3.__code__))


def s33_7_0(x, y, z):
    return (x is None if y else z is None)


def s33_7_1(x, y, z):
    pass
    return (x is None if y else z is None)


def s33_7_2(x, y, z):
    pass
    pass
    return (x is None if y else z is None)


def s33_7_3(x, y, z):
    pass
    pass
    pass
    return (x is None if y else z is None)


print('(x is None if y else z is None)', 'value', units(s33_7_0.__code__, s33_7_1.__code__, s33_7_2.__code__, s33_7_3.__code__))


def s34_0_0(x, y, z):
    if (y if x is None else z):
        return 1
    return 2


def s34_0_1(x, y, z):
    pass
    if (y if x is None else z):
        return 1
    return 2


def s34_0_2(x, y, z):
    pass
    pass
    if (y if x is None else z):
        return 1
    return 2


def s34_0_3(x, y, z):
    pass
    pass
    pass
    if (y if x is None else z):
        return 1
    return 2


print('(y if x is None else z)', 'if', units(s34_0_0.__code__, s34_0_1.__code__, s34_0_2.__code__, s34_0_3.__code__))


def s34_1_0(x, y, z):
    if (y if x is None else z):
        return 1
    elif not (y if x is None else z):
        return 3
    else:
        return 2


def s34_1_1(x, y, z):
    pass
    if (y if x is None else z):
        return 1
    elif not (y if x is None else z):
        return 3
    else:
        return 2


def s34_1_2(x, y, z):
    pass
    pass
    if (y if x is None else z):
        return 1
    elif not (y if x is None else z):
        return 3
    else:
        return 2


def s34_1_3(x, y, z):
    pass
    pass
    pass
    if (y if x is None else z):
        return 1
    elif not (y if x is None else z):
        return 3
    else:
        return 2


print('(y if x is None else z)', 'elif', units(s34_1_0.__code__, s34_1_1.__code__, s34_1_2.__code__, s34_1_3.__code__))


def s34_2_0(x, y, z):
    if (y if x is None else z):
        x = 1
    else:
        x = 2


def s34_2_1(x, y, z):
    pass
    if (y if x is None else z):
        x = 1
    else:
        x = 2


def s34_2_2(x, y, z):
    pass
    pass
    if (y if x is None else z):
        x = 1
    else:
        x = 2


def s34_2_3(x, y, z):
    pass
    pass
    pass
    if (y if x is None else z):
        x = 1
    else:
        x = 2


print('(y if x is None else z)', 'ifend', units(s34_2_0.__code__, s34_2_1.__code__, s34_2_2.__code__, s34_2_3.__code__))


def s34_3_0(x, y, z):
    n = 0
    while (y if x is None else z):
        n += 1
        if n > 2:
            break
    return n


def s34_3_1(x, y, z):
    pass
    n = 0
    while (y if x is None else z):
        n += 1
        if n > 2:
            break
    return n


def s34_3_2(x, y, z):
    pass
    pass
    n = 0
    while (y if x is None else z):
        n += 1
        if n > 2:
            break
    return n


def s34_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while (y if x is None else z):
        n += 1
        if n > 2:
            break
    return n


print('(y if x is None else z)', 'while', units(s34_3_0.__code__, s34_3_1.__code__, s34_3_2.__code__, s34_3_3.__code__))


def s34_4_0(x, y, z):
    assert (y if x is None else z), 'no'


def s34_4_1(x, y, z):
    pass
    assert (y if x is None else z), 'no'


def s34_4_2(x, y, z):
    pass
    pass
    assert (y if x is None else z), 'no'


def s34_4_3(x, y, z):
    pass
    pass
    pass
    assert (y if x is None else z), 'no'


print('(y if x is None else z)', 'assert', units(s34_4_0.__code__, s34_4_1.__code__, s34_4_2.__code__, s34_4_3.__code__))


def s34_5_0(x, y, z):
    return 1 if (y if x is None else z) else 2


def s34_5_1(x, y, z):
    pass
    return 1 if (y if x is None else z) else 2


def s34_5_2(x, y, z):
    pass
    pass
    return 1 if (y if x is None else z) else 2


def s34_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if (y if x is None else z) else 2


print('(y if x is None else z)', 'ifexp', units(s34_5_0.__code__, s34_5_1.__code__, s34_5_2.__code__, s34_5_3.__code__))


def s34_6_0(x, y, z):
    return [a for a in (x, y, z) if (y if x is None else z)]


def s34_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if (y if x is None else z)]


def s34_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if (y if x is None else z)]


def s34_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if (y if x is None else z)]


print('(y if x is None else z)', 'comp', units(s34_6_0.__code__, s34_6_1.__code__, s34_6_2.__code__, s34_6_3.__code__))


def s34_7_0(x, y, z):
    return (y if x is None else z)


def s34_7_1(x, y, z):
    pass
    return (y if x is None else z)


def s34_7_2(x, y, z):
    pass
    pass
    return (y if x is None else z)


def s34_7_3(x, y, z):
    pass
    pass
    pass
    return (y if x is None else z)


print('(y if x is None else z)', 'value', units(s34_7_0.__code__, s34_7_1.__code__, s34_7_2.__code__, s34_7_3.__code__))


def s35_0_0(x, y, z):
    if x < y < z and x:
        return 1
    return 2


def s35_0_1(x, y, z):
    pass
    if x < y < z and x:
        return 1
    return 2


def s35_0_2(x, y, z):
    pass
    pass
    if x < y < z and x:
        return 1
    return 2


def s35_0_3(x, y, z):
    pass
    pass
    pass
    if x < y < z and x:
        return 1
    return 2


print('x < y < z and x', 'if', units(s35_0_0.__code__, s35_0_1.__code__, s35_0_2.__code__, s35_0_3.__code__))


def s35_1_0(x, y, z):
    if x < y < z and x:
        return 1
    elif not x < y < z and x:
        return 3
    else:
        return 2


def s35_1_1(x, y, z):
    pass
    if x < y < z and x:
        return 1
    elif not x < y < z and x:
        return 3
    else:
        return 2


def s35_1_2(x, y, z):
    pass
    pass
    if x < y < z and x:
        return 1
    elif not x < y < z and x:
        return 3
    else:
        return 2


def s35_1_3(x, y, z):
    pass
    pass
    pass
    if x < y < z and x:
        return 1
    elif not x < y < z and x:
        return 3
    else:
        return 2


print('x < y < z and x', 'elif', units(s35_1_0.__code__, s35_1_1.__code__, s35_1_2.__code__, s35_1_3.__code__))


def s35_2_0(x, y, z):
    if x < y < z and x:
        x = 1
    else:
        x = 2


def s35_2_1(x, y, z):
    pass
    if x < y < z and x:
        x = 1
    else:
        x = 2


def s35_2_2(x, y, z):
    pass
    pass
    if x < y < z and x:
        x = 1
    else:
        x = 2


def s35_2_3(x, y, z):
    pass
    pass
    pass
    if x < y < z and x:
        x = 1
    else:
        x = 2


print('x < y < z and x', 'ifend', units(s35_2_0.__code__, s35_2_1.__code__, s35_2_2.__code__, s35_2_3.__code__))


def s35_3_0(x, y, z):
    n = 0
    while x < y < z and x:
        n += 1
        if n > 2:
            break
    return n


def s35_3_1(x, y, z):
    pass
    n = 0
    while x < y < z and x:
        n += 1
        if n > 2:
            break
    return n


def s35_3_2(x, y, z):
    pass
    pass
    n = 0
    while x < y < z and x:
        n += 1
        if n > 2:
            break
    return n


def s35_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x < y < z and x:
        n += 1
        if n > 2:
            break
    return n


print('x < y < z and x', 'while', units(s35_3_0.__code__, s35_3_1.__code__, s35_3_2.__code__, s35_3_3.__code__))


def s35_4_0(x, y, z):
    assert x < y < z and x, 'no'


def s35_4_1(x, y, z):
    pass
    assert x < y < z and x, 'no'


def s35_4_2(x, y, z):
    pass
    pass
    assert x < y < z and x, 'no'


def s35_4_3(x, y, z):
    pass
    pass
    pass
    assert x < y < z and x, 'no'


print('x < y < z and x', 'assert', units(s35_4_0.__code__, s35_4_1.__code__, s35_4_2.__code__, s35_4_3.__code__))


def s35_5_0(x, y, z):
    return 1 if x < y < z and x else 2


def s35_5_1(x, y, z):
    pass
    return 1 if x < y < z and x else 2


def s35_5_2(x, y, z):
    pass
    pass
    return 1 if x < y < z and x else 2


def s35_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x < y < z and x else 2


print('x < y < z and x', 'ifexp', units(s35_5_0.__code__, s35_5_1.__code__, s35_5_2.__code__, s35_5_3.__code__))


def s35_6_0(x, y, z):
    return [a for a in (x, y, z) if x < y < z and x]


def s35_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x < y < z and x]


def s35_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x < y < z and x]


def s35_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x < y < z and x]


print('x < y < z and x', 'comp', units(s35_6_0.__code__, s35_6_1.__code__, s35_6_2.__code__, s35_6_3.__code__))


def s35_7_0(x, y, z):
    return x < y < z and x


def s35_7_1(x, y, z):
    pass
    return x < y < z and x


def s35_7_2(x, y, z):
    pass
    pass
    return x < y < z and x


def s35_7_3(x, y, z):
    pass
    pass
    pass
    return x < y < z and x


print('x < y < z and x', 'value', units(s35_7_0.__code__, s35_7_1.__code__, s35_7_2.__code__, s35_7_3.__code__))


def s36_0_0(x, y, z):
    if x or y < z < 3:
        return 1
    return 2


def s36_0_1(x, y, z):
    pass
    if x or y < z < 3:
        return 1
    return 2


def s36_0_2(x, y, z):
    pass
    pass
    if x or y < z < 3:
        return 1
    return 2


def s36_0_3(x, y, z):
    pass
    pass
    pass
    if x or y < z < 3:
        return 1
    return 2


print('x or y < z < 3', 'if', units(s36_0_0.__code__, s36_0_1.__code__, s36_0_2.__code__, s36_0_3.__code__))


def s36_1_0(x, y, z):
    if x or y < z < 3:
        return 1
    elif not x or y < z < 3:
        return 3
    else:
        return 2


def s36_1_1(x, y, z):
    pass
    if x or y < z < 3:
        return 1
    elif not x or y < z < 3:
        return 3
    else:
        return 2


def s36_1_2(x, y, z):
    pass
    pass
    if x or y < z < 3:
        return 1
    elif not x or y < z < 3:
        return 3
    else:
        return 2


def s36_1_3(x, y, z):
    pass
    pass
    pass
    if x or y < z < 3:
        return 1
    elif not x or y < z < 3:
        return 3
    else:
        return 2


print('x or y < z < 3', 'elif', units(s36_1_0.__code__, s36_1_1.__code__, s36_1_2.__code__, s36_1_3.__code__))


def s36_2_0(x, y, z):
    if x or y < z < 3:
        x = 1
    else:
        x = 2


def s36_2_1(x, y, z):
    pass
    if x or y < z < 3:
        x = 1
    else:
        x = 2


def s36_2_2(x, y, z):
    pass
    pass
    if x or y < z < 3:
        x = 1
    else:
        x = 2


def s36_2_3(x, y, z):
    pass
    pass
    pass
    if x or y < z < 3:
        x = 1
    else:
        x = 2


print('x or y < z < 3', 'ifend', units(s36_2_0.__code__, s36_2_1.__code__, s36_2_2.__code__, s36_2_3.__code__))


def s36_3_0(x, y, z):
    n = 0
    while x or y < z < 3:
        n += 1
        if n > 2:
            break
    return n


def s36_3_1(x, y, z):
    pass
    n = 0
    while x or y < z < 3:
        n += 1
        if n > 2:
            break
    return n


def s36_3_2(x, y, z):
    pass
    pass
    n = 0
    while x or y < z < 3:
        n += 1
        if n > 2:
            break
    return n


def s36_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x or y < z < 3:
        n += 1
        if n > 2:
            break
    return n


print('x or y < z < 3', 'while', units(s36_3_0.__code__, s36_3_1.__code__, s36_3_2.__code__, s36_3_3.__code__))


def s36_4_0(x, y, z):
    assert x or y < z < 3, 'no'


def s36_4_1(x, y, z):
    pass
    assert x or y < z < 3, 'no'


def s36_4_2(x, y, z):
    pass
    pass
    assert x or y < z < 3, 'no'


def s36_4_3(x, y, z):
    pass
    pass
    pass
    assert x or y < z < 3, 'no'


print('x or y < z < 3', 'assert', units(s36_4_0.__code__, s36_4_1.__code__, s36_4_2.__code__, s36_4_3.__code__))


def s36_5_0(x, y, z):
    return 1 if x or y < z < 3 else 2


def s36_5_1(x, y, z):
    pass
    return 1 if x or y < z < 3 else 2


def s36_5_2(x, y, z):
    pass
    pass
    return 1 if x or y < z < 3 else 2


def s36_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x or y < z < 3 else 2


print('x or y < z < 3', 'ifexp', units(s36_5_0.__code__, s36_5_1.__code__, s36_5_2.__code__, s36_5_3.__code__))


def s36_6_0(x, y, z):
    return [a for a in (x, y, z) if x or y < z < 3]


def s36_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x or y < z < 3]


def s36_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x or y < z < 3]


def s36_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x or y < z < 3]


print('x or y < z < 3', 'comp', units(s36_6_0.__code__, s36_6_1.__code__, s36_6_2.__code__, s36_6_3.__code__))


def s36_7_0(x, y, z):
    return x or y < z < 3


def s36_7_1(x, y, z):
    pass
    return x or y < z < 3


def s36_7_2(x, y, z):
    pass
    pass
    return x or y < z < 3


def s36_7_3(x, y, z):
    pass
    pass
    pass
    return x or y < z < 3


print('x or y < z < 3', 'value', units(s36_7_0.__code__, s36_7_1.__code__, s36_7_2.__code__, s36_7_3.__code__))


def s37_0_0(x, y, z):
    if (x if y < z < 3 else y):
        return 1
    return 2


def s37_0_1(x, y, z):
    pass
    if (x if y < z < 3 else y):
        return 1
    return 2


def s37_0_2(x, y, z):
    pass
    pass
    if (x if y < z < 3 else y):
        return 1
    return 2


def s37_0_3(x, y, z):
    pass
    pass
    pass
    if (x if y < z < 3 else y):
        return 1
    return 2


print('(x if y < z < 3 else y)', 'if', units(s37_0_0.__code__, s37_0_1.__code__, s37_0_2.__code__, s37_0_3.__code__))


def s37_1_0(x, y, z):
    if (x if y < z < 3 else y):
        return 1
    elif not (x if y < z < 3 else y):
        return 3
    else:
        return 2


def s37_1_1(x, y, z):
    pass
    if (x if y < z < 3 else y):
        return 1
    elif not (x if y < z < 3 else y):
        return 3
    else:
        return 2


def s37_1_2(x, y, z):
    pass
    pass
    if (x if y < z < 3 else y):
        return 1
    elif not (x if y < z < 3 else y):
        return 3
    else:
        return 2


def s37_1_3(x, y, z):
    pass
    pass
    pass
    if (x if y < z < 3 else y):
        return 1
    elif not (x if y < z < 3 else y):
        return 3
    else:
        return 2


print('(x if y < z < 3 else y)', 'elif', units(s37_1_0.__code__, s37_1_1.__code__, s37_1_2.__code__, s37_1_3.__code__))


def s37_2_0(x, y, z):
    if (x if y < z < 3 else y):
        x = 1
    else:
        x = 2


def s37_2_1(x, y, z):
    pass
    if (x if y < z < 3 else y):
        x = 1
    else:
        x = 2


def s37_2_2(x, y, z):
    pass
    pass
    if (x if y < z < 3 else y):
        x = 1
    else:
        x = 2


def s37_2_3(x, y, z):
    pass
    pass
    pass
    if (x if y < z < 3 else y):
        x = 1
    else:
        x = 2


print('(x if y < z < 3 else y)', 'ifend', units(s37_2_0.__code__, s37_2_1.__code__, s37_2_2.__code__, s37_2_3.__code__))


def s37_3_0(x, y, z):
    n = 0
    while (x if y < z < 3 else y):
        n += 1
        if n > 2:
            break
    return n


def s37_3_1(x, y, z):
    pass
    n = 0
    while (x if y < z < 3 else y):
        n += 1
        if n > 2:
            break
    return n


def s37_3_2(x, y, z):
    pass
    pass
    n = 0
    while (x if y < z < 3 else y):
        n += 1
        if n > 2:
            break
    return n


def s37_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while (x if y < z < 3 else y):
        n += 1
        if n > 2:
            break
    return n


print('(x if y < z < 3 else y)', 'while', units(s37_3_0.__code__, s37_3_1.__code__, s37_3_2.__code__, s37_3_3.__code__))


def s37_4_0(x, y, z):
    assert (x if y < z < 3 else y), 'no'


def s37_4_1(x, y, z):
    pass
    assert (x if y < z < 3 else y), 'no'


def s37_4_2(x, y, z):
    pass
    pass
    assert (x if y < z < 3 else y), 'no'


def s37_4_3(x, y, z):
    pass
    pass
    pass
    assert (x if y < z < 3 else y), 'no'


print('(x if y < z < 3 else y)', 'assert', units(s37_4_0.__code__, s37_4_1.__code__, s37_4_2.__code__, s37_4_3.__code__))


def s37_5_0(x, y, z):
    return 1 if (x if y < z < 3 else y) else 2


def s37_5_1(x, y, z):
    pass
    return 1 if (x if y < z < 3 else y) else 2


def s37_5_2(x, y, z):
    pass
    pass
    return 1 if (x if y < z < 3 else y) else 2


def s37_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if (x if y < z < 3 else y) else 2


print('(x if y < z < 3 else y)', 'ifexp', units(s37_5_0.__code__, s37_5_1.__code__, s37_5_2.__code__, s37_5_3.__code__))


def s37_6_0(x, y, z):
    return [a for a in (x, y, z) if (x if y < z < 3 else y)]


def s37_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if (x if y < z < 3 else y)]


def s37_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if (x if y < z < 3 else y)]


def s37_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if (x if y < z < 3 else y)]


print('(x if y < z < 3 else y)', 'comp', units(s37_6_0.__code__, s37_6_1.__code__, s37_6_2.__code__, s37_6_3.__code__))


def s37_7_0(x, y, z):
    return (x if y < z < 3 else y)


def s37_7_1(x, y, z):
    pass
    return (x if y < z < 3 else y)


def s37_7_2(x, y, z):
    pass
    pass
    return (x if y < z < 3 else y)


def s37_7_3(x, y, z):
    pass
    pass
    pass
    return (x if y < z < 3 else y)


print('(x if y < z < 3 else y)', 'value', units(s37_7_0.__code__, s37_7_1.__code__, s37_7_2.__code__, s37_7_3.__code__))


def s38_0_0(x, y, z):
    if x in (1, 2):
        return 1
    return 2


def s38_0_1(x, y, z):
    pass
    if x in (1, 2):
        return 1
    return 2


def s38_0_2(x, y, z):
    pass
    pass
    if x in (1, 2):
        return 1
    return 2


def s38_0_3(x, y, z):
    pass
    pass
    pass
    if x in (1, 2):
        return 1
    return 2


print('x in (1, 2)', 'if', units(s38_0_0.__code__, s38_0_1.__code__, s38_0_2.__code__, s38_0_3.__code__))


def s38_1_0(x, y, z):
    if x in (1, 2):
        return 1
    elif not x in (1, 2):
        return 3
    else:
        return 2


def s38_1_1(x, y, z):
    pass
    if x in (1, 2):
        return 1
    elif not x in (1, 2):
        return 3
    else:
        return 2


def s38_1_2(x, y, z):
    pass
    pass
    if x in (1, 2):
        return 1
    elif not x in (1, 2):
        return 3
    else:
        return 2


def s38_1_3(x, y, z):
    pass
    pass
    pass
    if x in (1, 2):
        return 1
    elif not x in (1, 2):
        return 3
    else:
        return 2


print('x in (1, 2)', 'elif', units(s38_1_0.__code__, s38_1_1.__code__, s38_1_2.__code__, s38_1_3.__code__))


def s38_2_0(x, y, z):
    if x in (1, 2):
        x = 1
    else:
        x = 2


def s38_2_1(x, y, z):
    pass
    if x in (1, 2):
        x = 1
    else:
        x = 2


def s38_2_2(x, y, z):
    pass
    pass
    if x in (1, 2):
        x = 1
    else:
        x = 2


def s38_2_3(x, y, z):
    pass
    pass
    pass
    if x in (1, 2):
        x = 1
    else:
        x = 2


print('x in (1, 2)', 'ifend', units(s38_2_0.__code__, s38_2_1.__code__, s38_2_2.__code__, s38_2_3.__code__))


def s38_3_0(x, y, z):
    n = 0
    while x in (1, 2):
        n += 1
        if n > 2:
            break
    return n


def s38_3_1(x, y, z):
    pass
    n = 0
    while x in (1, 2):
        n += 1
        if n > 2:
            break
    return n


def s38_3_2(x, y, z):
    pass
    pass
    n = 0
    while x in (1, 2):
        n += 1
        if n > 2:
            break
    return n


def s38_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x in (1, 2):
        n += 1
        if n > 2:
            break
    return n


print('x in (1, 2)', 'while', units(s38_3_0.__code__, s38_3_1.__code__, s38_3_2.__code__, s38_3_3.__code__))


def s38_4_0(x, y, z):
    assert x in (1, 2), 'no'


def s38_4_1(x, y, z):
    pass
    assert x in (1, 2), 'no'


def s38_4_2(x, y, z):
    pass
    pass
    assert x in (1, 2), 'no'


def s38_4_3(x, y, z):
    pass
    pass
    pass
    assert x in (1, 2), 'no'


print('x in (1, 2)', 'assert', units(s38_4_0.__code__, s38_4_1.__code__, s38_4_2.__code__, s38_4_3.__code__))


def s38_5_0(x, y, z):
    return 1 if x in (1, 2) else 2


def s38_5_1(x, y, z):
    pass
    return 1 if x in (1, 2) else 2


def s38_5_2(x, y, z):
    pass
    pass
    return 1 if x in (1, 2) else 2


def s38_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x in (1, 2) else 2


print('x in (1, 2)', 'ifexp', units(s38_5_0.__code__, s38_5_1.__code__, s38_5_2.__code__, s38_5_3.__code__))


def s38_6_0(x, y, z):
    return [a for a in (x, y, z) if x in (1, 2)]


def s38_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x in (1, 2)]


def s38_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x in (1, 2)]


def s38_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x in (1, 2)]


print('x in (1, 2)', 'comp', units(s38_6_0.__code__, s38_6_1.__code__, s38_6_2.__code__, s38_6_3.__code__))


def s38_7_0(x, y, z):
    return x in (1, 2)


def s38_7_1(x, y, z):
    pass
    return x in (1, 2)


def s38_7_2(x, y, z):
    pass
    pass
    return x in (1, 2)


def s38_7_3(x, y, z):
    pass
    pass
    pass
    return x in (1, 2)


print('x in (1, 2)', 'value', units(s38_7_0.__code__, s38_7_1.__code__, s38_7_2.__code__, s38_7_3.__code__))


def s39_0_0(x, y, z):
    if x not in (1, 2):
        return 1
    return 2


def s39_0_1(x, y, z):
    pass
    if x not in (1, 2):
        return 1
    return 2


def s39_0_2(x, y, z):
    pass
    pass
    if x not in (1, 2):
        return 1
    return 2


def s39_0_3(x, y, z):
    pass
    pass
    pass
    if x not in (1, 2):
        return 1
    return 2


print('x not in (1, 2)', 'if', units(s39_0_0.__code__, s39_0_1.__code__, s39_0_2.__code__, s39_0_3.__code__))


def s39_1_0(x, y, z):
    if x not in (1, 2):
        return 1
    elif not x not in (1, 2):
        return 3
    else:
        return 2


def s39_1_1(x, y, z):
    pass
    if x not in (1, 2):
        return 1
    elif not x not in (1, 2):
        return 3
    else:
        return 2


def s39_1_2(x, y, z):
    pass
    pass
    if x not in (1, 2):
        return 1
    elif not x not in (1, 2):
        return 3
    else:
        return 2


def s39_1_3(x, y, z):
    pass
    pass
    pass
    if x not in (1, 2):
        return 1
    elif not x not in (1, 2):
        return 3
    else:
        return 2


print('x not in (1, 2)', 'elif', units(s39_1_0.__code__, s39_1_1.__code__, s39_1_2.__code__, s39_1_3.__code__))


def s39_2_0(x, y, z):
    if x not in (1, 2):
        x = 1
    else:
        x = 2


def s39_2_1(x, y, z):
    pass
    if x not in (1, 2):
        x = 1
    else:
        x = 2


def s39_2_2(x, y, z):
    pass
    pass
    if x not in (1, 2):
        x = 1
    else:
        x = 2


def s39_2_3(x, y, z):
    pass
    pass
    pass
    if x not in (1, 2):
        x = 1
    else:
        x = 2


print('x not in (1, 2)', 'ifend', units(s39_2_0.__code__, s39_2_1.__code__, s39_2_2.__code__, s39_2_3.__code__))


def s39_3_0(x, y, z):
    n = 0
    while x not in (1, 2):
        n += 1
        if n > 2:
            break
    return n


def s39_3_1(x, y, z):
    pass
    n = 0
    while x not in (1, 2):
        n += 1
        if n > 2:
            break
    return n


def s39_3_2(x, y, z):
    pass
    pass
    n = 0
    while x not in (1, 2):
        n += 1
        if n > 2:
            break
    return n


def s39_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x not in (1, 2):
        n += 1
        if n > 2:
            break
    return n


print('x not in (1, 2)', 'while', units(s39_3_0.__code__, s39_3_1.__code__, s39_3_2.__code__, s39_3_3.__code__))


def s39_4_0(x, y, z):
    assert x not in (1, 2), 'no'


def s39_4_1(x, y, z):
    pass
    assert x not in (1, 2), 'no'


def s39_4_2(x, y, z):
    pass
    pass
    assert x not in (1, 2), 'no'


def s39_4_3(x, y, z):
    pass
    pass
    pass
    assert x not in (1, 2), 'no'


print('x not in (1, 2)', 'assert', units(s39_4_0.__code__, s39_4_1.__code__, s39_4_2.__code__, s39_4_3.__code__))


def s39_5_0(x, y, z):
    return 1 if x not in (1, 2) else 2


def s39_5_1(x, y, z):
    pass
    return 1 if x not in (1, 2) else 2


def s39_5_2(x, y, z):
    pass
    pass
    return 1 if x not in (1, 2) else 2


def s39_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x not in (1, 2) else 2


print('x not in (1, 2)', 'ifexp', units(s39_5_0.__code__, s39_5_1.__code__, s39_5_2.__code__, s39_5_3.__code__))


def s39_6_0(x, y, z):
    return [a for a in (x, y, z) if x not in (1, 2)]


def s39_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x not in (1, 2)]


def s39_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x not in (1, 2)]


def s39_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x not in (1, 2)]


print('x not in (1, 2)', 'comp', units(s39_6_0.__code__, s39_6_1.__code__, s39_6_2.__code__, s39_6_3.__code__))


def s39_7_0(x, y, z):
    return x not in (1, 2)


def s39_7_1(x, y, z):
    pass
    return x not in (1, 2)


def s39_7_2(x, y, z):
    pass
    pass
    return x not in (1, 2)


def s39_7_3(x, y, z):
    pass
    pass
    pass
    return x not in (1, 2)


print('x not in (1, 2)', 'value', units(s39_7_0.__code__, s39_7_1.__code__, s39_7_2.__code__, s39_7_3.__code__))


def s40_0_0(x, y, z):
    if not x in (1, 2):
        return 1
    return 2


def s40_0_1(x, y, z):
    pass
    if not x in (1, 2):
        return 1
    return 2


def s40_0_2(x, y, z):
    pass
    pass
    if not x in (1, 2):
        return 1
    return 2


def s40_0_3(x, y, z):
    pass
    pass
    pass
    if not x in (1, 2):
        return 1
    return 2


print('not x in (1, 2)', 'if', units(s40_0_0.__code__, s40_0_1.__code__, s40_0_2.__code__, s40_0_3.__code__))


def s40_1_0(x, y, z):
    if not x in (1, 2):
        return 1
    elif not not x in (1, 2):
        return 3
    else:
        return 2


def s40_1_1(x, y, z):
    pass
    if not x in (1, 2):
        return 1
    elif not not x in (1, 2):
        return 3
    else:
        return 2


def s40_1_2(x, y, z):
    pass
    pass
    if not x in (1, 2):
        return 1
    elif not not x in (1, 2):
        return 3
    else:
        return 2


def s40_1_3(x, y, z):
    pass
    pass
    pass
    if not x in (1, 2):
        return 1
    elif not not x in (1, 2):
        return 3
    else:
        return 2


print('not x in (1, 2)', 'elif', units(s40_1_0.__code__, s40_1_1.__code__, s40_1_2.__code__, s40_1_3.__code__))


def s40_2_0(x, y, z):
    if not x in (1, 2):
        x = 1
    else:
        x = 2


def s40_2_1(x, y, z):
    pass
    if not x in (1, 2):
        x = 1
    else:
        x = 2


def s40_2_2(x, y, z):
    pass
    pass
    if not x in (1, 2):
        x = 1
    else:
        x = 2


def s40_2_3(x, y, z):
    pass
    pass
    pass
    if not x in (1, 2):
        x = 1
    else:
        x = 2


print('not x in (1, 2)', 'ifend', units(s40_2_0.__code__, s40_2_1.__code__, s40_2_2.__code__, s40_2_3.__code__))


def s40_3_0(x, y, z):
    n = 0
    while not x in (1, 2):
        n += 1
        if n > 2:
            break
    return n


def s40_3_1(x, y, z):
    pass
    n = 0
    while not x in (1, 2):
        n += 1
        if n > 2:
            break
    return n


def s40_3_2(x, y, z):
    pass
    pass
    n = 0
    while not x in (1, 2):
        n += 1
        if n > 2:
            break
    return n


def s40_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while not x in (1, 2):
        n += 1
        if n > 2:
            break
    return n


print('not x in (1, 2)', 'while', units(s40_3_0.__code__, s40_3_1.__code__, s40_3_2.__code__, s40_3_3.__code__))


def s40_4_0(x, y, z):
    assert not x in (1, 2), 'no'


def s40_4_1(x, y, z):
    pass
    assert not x in (1, 2), 'no'


def s40_4_2(x, y, z):
    pass
    pass
    assert not x in (1, 2), 'no'


def s40_4_3(x, y, z):
    pass
    pass
    pass
    assert not x in (1, 2), 'no'


print('not x in (1, 2)', 'assert', units(s40_4_0.__code__, s40_4_1.__code__, s40_4_2.__code__, s40_4_3.__code__))


def s40_5_0(x, y, z):
    return 1 if not x in (1, 2) else 2


def s40_5_1(x, y, z):
    pass
    return 1 if not x in (1, 2) else 2


def s40_5_2(x, y, z):
    pass
    pass
    return 1 if not x in (1, 2) else 2


def s40_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if not x in (1, 2) else 2


print('not x in (1, 2)', 'ifexp', units(s40_5_0.__code__, s40_5_1.__code__, s40_5_2.__code__, s40_5_3.__code__))


def s40_6_0(x, y, z):
    return [a for a in (x, y, z) if not x in (1, 2)]


def s40_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if not x in (1, 2)]


def s40_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if not x in (1, 2)]


def s40_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if not x in (1, 2)]


print('not x in (1, 2)', 'comp', units(s40_6_0.__code__, s40_6_1.__code__, s40_6_2.__code__, s40_6_3.__code__))


def s40_7_0(x, y, z):
    return not x in (1, 2)


def s40_7_1(x, y, z):
    pass
    return not x in (1, 2)


def s40_7_2(x, y, z):
    pass
    pass
    return not x in (1, 2)


def s40_7_3(x, y, z):
    pass
    pass
    pass
    return not x in (1, 2)


print('not x in (1, 2)', 'value', units(s40_7_0.__code__, s40_7_1.__code__, s40_7_2.__code__, s40_7_3.__code__))


def s41_0_0(x, y, z):
    if x is y:
        return 1
    return 2


def s41_0_1(x, y, z):
    pass
    if x is y:
        return 1
    return 2


def s41_0_2(x, y, z):
    pass
    pass
    if x is y:
        return 1
    return 2


def s41_0_3(x, y, z):
    pass
    pass
    pass
    if x is y:
        return 1
    return 2


print('x is y', 'if', units(s41_0_0.__code__, s41_0_1.__code__, s41_0_2.__code__, s41_0_3.__code__))


def s41_1_0(x, y, z):
    if x is y:
        return 1
    elif not x is y:
        return 3
    else:
        return 2


def s41_1_1(x, y, z):
    pass
    if x is y:
        return 1
    elif not x is y:
        return 3
    else:
        return 2


def s41_1_2(x, y, z):
    pass
    pass
    if x is y:
        return 1
    elif not x is y:
        return 3
    else:
        return 2


def s41_1_3(x, y, z):
    pass
    pass
    pass
    if x is y:
        return 1
    elif not x is y:
        return 3
    else:
        return 2


print('x is y', 'elif', units(s41_1_0.__code__, s41_1_1.__code__, s41_1_2.__code__, s41_1_3.__code__))


def s41_2_0(x, y, z):
    if x is y:
        x = 1
    else:
        x = 2


def s41_2_1(x, y, z):
    pass
    if x is y:
        x = 1
    else:
        x = 2


def s41_2_2(x, y, z):
    pass
    pass
    if x is y:
        x = 1
    else:
        x = 2


def s41_2_3(x, y, z):
    pass
    pass
    pass
    if x is y:
        x = 1
    else:
        x = 2


print('x is y', 'ifend', units(s41_2_0.__code__, s41_2_1.__code__, s41_2_2.__code__, s41_2_3.__code__))


def s41_3_0(x, y, z):
    n = 0
    while x is y:
        n += 1
        if n > 2:
            break
    return n


def s41_3_1(x, y, z):
    pass
    n = 0
    while x is y:
        n += 1
        if n > 2:
            break
    return n


def s41_3_2(x, y, z):
    pass
    pass
    n = 0
    while x is y:
        n += 1
        if n > 2:
            break
    return n


def s41_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x is y:
        n += 1
        if n > 2:
            break
    return n


print('x is y', 'while', units(s41_3_0.__code__, s41_3_1.__code__, s41_3_2.__code__, s41_3_3.__code__))


def s41_4_0(x, y, z):
    assert x is y, 'no'


def s41_4_1(x, y, z):
    pass
    assert x is y, 'no'


def s41_4_2(x, y, z):
    pass
    pass
    assert x is y, 'no'


def s41_4_3(x, y, z):
    pass
    pass
    pass
    assert x is y, 'no'


print('x is y', 'assert', units(s41_4_0.__code__, s41_4_1.__code__, s41_4_2.__code__, s41_4_3.__code__))


def s41_5_0(x, y, z):
    return 1 if x is y else 2


def s41_5_1(x, y, z):
    pass
    return 1 if x is y else 2


def s41_5_2(x, y, z):
    pass
    pass
    return 1 if x is y else 2


def s41_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x is y else 2


print('x is y', 'ifexp', units(s41_5_0.__code__, s41_5_1.__code__, s41_5_2.__code__, s41_5_3.__code__))


def s41_6_0(x, y, z):
    return [a for a in (x, y, z) if x is y]


def s41_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x is y]


def s41_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x is y]


def s41_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x is y]


print('x is y', 'comp', units(s41_6_0.__code__, s41_6_1.__code__, s41_6_2.__code__, s41_6_3.__code__))


def s41_7_0(x, y, z):
    return x is y


def s41_7_1(x, y, z):
    pass
    return x is y


def s41_7_2(x, y, z):
    pass
    pass
    return x is y


def s41_7_3(x, y, z):
    pass
    pass
    pass
    return x is y


print('x is y', 'value', units(s41_7_0.__code__, s41_7_1.__code__, s41_7_2.__code__, s41_7_3.__code__))


def s42_0_0(x, y, z):
    if x is not y:
        return 1
    return 2


def s42_0_1(x, y, z):
    pass
    if x is not y:
        return 1
    return 2


def s42_0_2(x, y, z):
    pass
    pass
    if x is not y:
        return 1
    return 2


def s42_0_3(x, y, z):
    pass
    pass
    pass
    if x is not y:
        return 1
    return 2


print('x is not y', 'if', units(s42_0_0.__code__, s42_0_1.__code__, s42_0_2.__code__, s42_0_3.__code__))


def s42_1_0(x, y, z):
    if x is not y:
        return 1
    elif not x is not y:
        return 3
    else:
        return 2


def s42_1_1(x, y, z):
    pass
    if x is not y:
        return 1
    elif not x is not y:
        return 3
    else:
        return 2


def s42_1_2(x, y, z):
    pass
    pass
    if x is not y:
        return 1
    elif not x is not y:
        return 3
    else:
        return 2


def s42_1_3(x, y, z):
    pass
    pass
    pass
    if x is not y:
        return 1
    elif not x is not y:
        return 3
    else:
        return 2


print('x is not y', 'elif', units(s42_1_0.__code__, s42_1_1.__code__, s42_1_2.__code__, s42_1_3.__code__))


def s42_2_0(x, y, z):
    if x is not y:
        x = 1
    else:
        x = 2


def s42_2_1(x, y, z):
    pass
    if x is not y:
        x = 1
    else:
        x = 2


def s42_2_2(x, y, z):
    pass
    pass
    if x is not y:
        x = 1
    else:
        x = 2


def s42_2_3(x, y, z):
    pass
    pass
    pass
    if x is not y:
        x = 1
    else:
        x = 2


print('x is not y', 'ifend', units(s42_2_0.__code__, s42_2_1.__code__, s42_2_2.__code__, s42_2_3.__code__))


def s42_3_0(x, y, z):
    n = 0
    while x is not y:
        n += 1
        if n > 2:
            break
    return n


def s42_3_1(x, y, z):
    pass
    n = 0
    while x is not y:
        n += 1
        if n > 2:
            break
    return n


def s42_3_2(x, y, z):
    pass
    pass
    n = 0
    while x is not y:
        n += 1
        if n > 2:
            break
    return n


def s42_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x is not y:
        n += 1
        if n > 2:
            break
    return n


print('x is not y', 'while', units(s42_3_0.__code__, s42_3_1.__code__, s42_3_2.__code__, s42_3_3.__code__))


def s42_4_0(x, y, z):
    assert x is not y, 'no'


def s42_4_1(x, y, z):
    pass
    assert x is not y, 'no'


def s42_4_2(x, y, z):
    pass
    pass
    assert x is not y, 'no'


def s42_4_3(x, y, z):
    pass
    pass
    pass
    assert x is not y, 'no'


print('x is not y', 'assert', units(s42_4_0.__code__, s42_4_1.__code__, s42_4_2.__code__, s42_4_3.__code__))


def s42_5_0(x, y, z):
    return 1 if x is not y else 2


def s42_5_1(x, y, z):
    pass
    return 1 if x is not y else 2


def s42_5_2(x, y, z):
    pass
    pass
    return 1 if x is not y else 2


def s42_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x is not y else 2


print('x is not y', 'ifexp', units(s42_5_0.__code__, s42_5_1.__code__, s42_5_2.__code__, s42_5_3.__code__))


def s42_6_0(x, y, z):
    return [a for a in (x, y, z) if x is not y]


def s42_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x is not y]


def s42_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x is not y]


def s42_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x is not y]


print('x is not y', 'comp', units(s42_6_0.__code__, s42_6_1.__code__, s42_6_2.__code__, s42_6_3.__code__))


def s42_7_0(x, y, z):
    return x is not y


def s42_7_1(x, y, z):
    pass
    return x is not y


def s42_7_2(x, y, z):
    pass
    pass
    return x is not y


def s42_7_3(x, y, z):
    pass
    pass
    pass
    return x is not y


print('x is not y', 'value', units(s42_7_0.__code__, s42_7_1.__code__, s42_7_2.__code__, s42_7_3.__code__))


def s43_0_0(x, y, z):
    if x == None:
        return 1
    return 2


def s43_0_1(x, y, z):
    pass
    if x == None:
        return 1
    return 2


def s43_0_2(x, y, z):
    pass
    pass
    if x == None:
        return 1
    return 2


def s43_0_3(x, y, z):
    pass
    pass
    pass
    if x == None:
        return 1
    return 2


print('x == None', 'if', units(s43_0_0.__code__, s43_0_1.__code__, s43_0_2.__code__, s43_0_3.__code__))


def s43_1_0(x, y, z):
    if x == None:
        return 1
    elif not x == None:
        return 3
    else:
        return 2


def s43_1_1(x, y, z):
    pass
    if x == None:
        return 1
    elif not x == None:
        return 3
    else:
        return 2


def s43_1_2(x, y, z):
    pass
    pass
    if x == None:
        return 1
    elif not x == None:
        return 3
    else:
        return 2


def s43_1_3(x, y, z):
    pass
    pass
    pass
    if x == None:
        return 1
    elif not x == None:
        return 3
    else:
        return 2


print('x == None', 'elif', units(s43_1_0.__code__, s43_1_1.__code__, s43_1_2.__code__, s43_1_3.__code__))


def s43_2_0(x, y, z):
    if x == None:
        x = 1
    else:
        x = 2


def s43_2_1(x, y, z):
    pass
    if x == None:
        x = 1
    else:
        x = 2


def s43_2_2(x, y, z):
    pass
    pass
    if x == None:
        x = 1
    else:
        x = 2


def s43_2_3(x, y, z):
    pass
    pass
    pass
    if x == None:
        x = 1
    else:
        x = 2


print('x == None', 'ifend', units(s43_2_0.__code__, s43_2_1.__code__, s43_2_2.__code__, s43_2_3.__code__))


def s43_3_0(x, y, z):
    n = 0
    while x == None:
        n += 1
        if n > 2:
            break
    return n


def s43_3_1(x, y, z):
    pass
    n = 0
    while x == None:
        n += 1
        if n > 2:
            break
    return n


def s43_3_2(x, y, z):
    pass
    pass
    n = 0
    while x == None:
        n += 1
        if n > 2:
            break
    return n


def s43_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x == None:
        n += 1
        if n > 2:
            break
    return n


print('x == None', 'while', units(s43_3_0.__code__, s43_3_1.__code__, s43_3_2.__code__, s43_3_3.__code__))


def s43_4_0(x, y, z):
    assert x == None, 'no'


def s43_4_1(x, y, z):
    pass
    assert x == None, 'no'


def s43_4_2(x, y, z):
    pass
    pass
    assert x == None, 'no'


def s43_4_3(x, y, z):
    pass
    pass
    pass
    assert x == None, 'no'


print('x == None', 'assert', units(s43_4_0.__code__, s43_4_1.__code__, s43_4_2.__code__, s43_4_3.__code__))


def s43_5_0(x, y, z):
    return 1 if x == None else 2


def s43_5_1(x, y, z):
    pass
    return 1 if x == None else 2


def s43_5_2(x, y, z):
    pass
    pass
    return 1 if x == None else 2


def s43_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x == None else 2


print('x == None', 'ifexp', units(s43_5_0.__code__, s43_5_1.__code__, s43_5_2.__code__, s43_5_3.__code__))


def s43_6_0(x, y, z):
    return [a for a in (x, y, z) if x == None]


def s43_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x == None]


def s43_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x == None]


def s43_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x == None]


print('x == None', 'comp', units(s43_6_0.__code__, s43_6_1.__code__, s43_6_2.__code__, s43_6_3.__code__))


def s43_7_0(x, y, z):
    return x == None


def s43_7_1(x, y, z):
    pass
    return x == None


def s43_7_2(x, y, z):
    pass
    pass
    return x == None


def s43_7_3(x, y, z):
    pass
    pass
    pass
    return x == None


print('x == None', 'value', units(s43_7_0.__code__, s43_7_1.__code__, s43_7_2.__code__, s43_7_3.__code__))


def s44_0_0(x, y, z):
    if x and y or z and x:
        return 1
    return 2


def s44_0_1(x, y, z):
    pass
    if x and y or z and x:
        return 1
    return 2


def s44_0_2(x, y, z):
    pass
    pass
    if x and y or z and x:
        return 1
    return 2


def s44_0_3(x, y, z):
    pass
    pass
    pass
    if x and y or z and x:
        return 1
    return 2


print('x and y or z and x', 'if', units(s44_0_0.__code__, s44_0_1.__code__, s44_0_2.__code__, s44_0_3.__code__))


def s44_1_0(x, y, z):
    if x and y or z and x:
        return 1
    elif not x and y or z and x:
        return 3
    else:
        return 2


def s44_1_1(x, y, z):
    pass
    if x and y or z and x:
        return 1
    elif not x and y or z and x:
        return 3
    else:
        return 2


def s44_1_2(x, y, z):
    pass
    pass
    if x and y or z and x:
        return 1
    elif not x and y or z and x:
        return 3
    else:
        return 2


def s44_1_3(x, y, z):
    pass
    pass
    pass
    if x and y or z and x:
        return 1
    elif not x and y or z and x:
        return 3
    else:
        return 2


print('x and y or z and x', 'elif', units(s44_1_0.__code__, s44_1_1.__code__, s44_1_2.__code__, s44_1_3.__code__))


def s44_2_0(x, y, z):
    if x and y or z and x:
        x = 1
    else:
        x = 2


def s44_2_1(x, y, z):
    pass
    if x and y or z and x:
        x = 1
    else:
        x = 2


def s44_2_2(x, y, z):
    pass
    pass
    if x and y or z and x:
        x = 1
    else:
        x = 2


def s44_2_3(x, y, z):
    pass
    pass
    pass
    if x and y or z and x:
        x = 1
    else:
        x = 2


print('x and y or z and x', 'ifend', units(s44_2_0.__code__, s44_2_1.__code__, s44_2_2.__code__, s44_2_3.__code__))


def s44_3_0(x, y, z):
    n = 0
    while x and y or z and x:
        n += 1
        if n > 2:
            break
    return n


def s44_3_1(x, y, z):
    pass
    n = 0
    while x and y or z and x:
        n += 1
        if n > 2:
            break
    return n


def s44_3_2(x, y, z):
    pass
    pass
    n = 0
    while x and y or z and x:
        n += 1
        if n > 2:
            break
    return n


def s44_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x and y or z and x:
        n += 1
        if n > 2:
            break
    return n


print('x and y or z and x', 'while', units(s44_3_0.__code__, s44_3_1.__code__, s44_3_2.__code__, s44_3_3.__code__))


def s44_4_0(x, y, z):
    assert x and y or z and x, 'no'


def s44_4_1(x, y, z):
    pass
    assert x and y or z and x, 'no'


def s44_4_2(x, y, z):
    pass
    pass
    assert x and y or z and x, 'no'


def s44_4_3(x, y, z):
    pass
    pass
    pass
    assert x and y or z and x, 'no'


print('x and y or z and x', 'assert', units(s44_4_0.__code__, s44_4_1.__code__, s44_4_2.__code__, s44_4_3.__code__))


def s44_5_0(x, y, z):
    return 1 if x and y or z and x else 2


def s44_5_1(x, y, z):
    pass
    return 1 if x and y or z and x else 2


def s44_5_2(x, y, z):
    pass
    pass
    return 1 if x and y or z and x else 2


def s44_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x and y or z and x else 2


print('x and y or z and x', 'ifexp', units(s44_5_0.__code__, s44_5_1.__code__, s44_5_2.__code__, s44_5_3.__code__))


def s44_6_0(x, y, z):
    return [a for a in (x, y, z) if x and y or z and x]


def s44_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x and y or z and x]


def s44_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x and y or z and x]


def s44_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x and y or z and x]


print('x and y or z and x', 'comp', units(s44_6_0.__code__, s44_6_1.__code__, s44_6_2.__code__, s44_6_3.__code__))


def s44_7_0(x, y, z):
    return x and y or z and x


def s44_7_1(x, y, z):
    pass
    return x and y or z and x


def s44_7_2(x, y, z):
    pass
    pass
    return x and y or z and x


def s44_7_3(x, y, z):
    pass
    pass
    pass
    return x and y or z and x


print('x and y or z and x', 'value', units(s44_7_0.__code__, s44_7_1.__code__, s44_7_2.__code__, s44_7_3.__code__))


def s45_0_0(x, y, z):
    if not (x and y or z):
        return 1
    return 2


def s45_0_1(x, y, z):
    pass
    if not (x and y or z):
        return 1
    return 2


def s45_0_2(x, y, z):
    pass
    pass
    if not (x and y or z):
        return 1
    return 2


def s45_0_3(x, y, z):
    pass
    pass
    pass
    if not (x and y or z):
        return 1
    return 2


print('not (x and y or z)', 'if', units(s45_0_0.__code__, s45_0_1.__code__, s45_0_2.__code__, s45_0_3.__code__))


def s45_1_0(x, y, z):
    if not (x and y or z):
        return 1
    elif not not (x and y or z):
        return 3
    else:
        return 2


def s45_1_1(x, y, z):
    pass
    if not (x and y or z):
        return 1
    elif not not (x and y or z):
        return 3
    else:
        return 2


def s45_1_2(x, y, z):
    pass
    pass
    if not (x and y or z):
        return 1
    elif not not (x and y or z):
        return 3
    else:
        return 2


def s45_1_3(x, y, z):
    pass
    pass
    pass
    if not (x and y or z):
        return 1
    elif not not (x and y or z):
        return 3
    else:
        return 2


print('not (x and y or z)', 'elif', units(s45_1_0.__code__, s45_1_1.__code__, s45_1_2.__code__, s45_1_3.__code__))


def s45_2_0(x, y, z):
    if not (x and y or z):
        x = 1
    else:
        x = 2


def s45_2_1(x, y, z):
    pass
    if not (x and y or z):
        x = 1
    else:
        x = 2


def s45_2_2(x, y, z):
    pass
    pass
    if not (x and y or z):
        x = 1
    else:
        x = 2


def s45_2_3(x, y, z):
    pass
    pass
    pass
    if not (x and y or z):
        x = 1
    else:
        x = 2


print('not (x and y or z)', 'ifend', units(s45_2_0.__code__, s45_2_1.__code__, s45_2_2.__code__, s45_2_3.__code__))


def s45_3_0(x, y, z):
    n = 0
    while not (x and y or z):
        n += 1
        if n > 2:
            break
    return n


def s45_3_1(x, y, z):
    pass
    n = 0
    while not (x and y or z):
        n += 1
        if n > 2:
            break
    return n


def s45_3_2(x, y, z):
    pass
    pass
    n = 0
    while not (x and y or z):
        n += 1
        if n > 2:
            break
    return n


def s45_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while not (x and y or z):
        n += 1
        if n > 2:
            break
    return n


print('not (x and y or z)', 'while', units(s45_3_0.__code__, s45_3_1.__code__, s45_3_2.__code__, s45_3_3.__code__))


def s45_4_0(x, y, z):
    assert not (x and y or z), 'no'


def s45_4_1(x, y, z):
    pass
    assert not (x and y or z), 'no'


def s45_4_2(x, y, z):
    pass
    pass
    assert not (x and y or z), 'no'


def s45_4_3(x, y, z):
    pass
    pass
    pass
    assert not (x and y or z), 'no'


print('not (x and y or z)', 'assert', units(s45_4_0.__code__, s45_4_1.__code__, s45_4_2.__code__, s45_4_3.__code__))


def s45_5_0(x, y, z):
    return 1 if not (x and y or z) else 2


def s45_5_1(x, y, z):
    pass
    return 1 if not (x and y or z) else 2


def s45_5_2(x, y, z):
    pass
    pass
    return 1 if not (x and y or z) else 2


def s45_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if not (x and y or z) else 2


print('not (x and y or z)', 'ifexp', units(s45_5_0.__code__, s45_5_1.__code__, s45_5_2.__code__, s45_5_3.__code__))


def s45_6_0(x, y, z):
    return [a for a in (x, y, z) if not (x and y or z)]


def s45_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if not (x and y or z)]


def s45_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if not (x and y or z)]


def s45_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if not (x and y or z)]


print('not (x and y or z)', 'comp', units(s45_6_0.__code__, s45_6_1.__code__, s45_6_2.__code__, s45_6_3.__code__))


def s45_7_0(x, y, z):
    return not (x and y or z)


def s45_7_1(x, y, z):
    pass
    return not (x and y or z)


def s45_7_2(x, y, z):
    pass
    pass
    return not (x and y or z)


def s45_7_3(x, y, z):
    pass
    pass
    pass
    return not (x and y or z)


print('not (x and y or z)', 'value', units(s45_7_0.__code__, s45_7_1.__code__, s45_7_2.__code__, s45_7_3.__code__))


def s46_0_0(x, y, z):
    if (x or y) and (y or z):
        return 1
    return 2


def s46_0_1(x, y, z):
    pass
    if (x or y) and (y or z):
        return 1
    return 2


def s46_0_2(x, y, z):
    pass
    pass
    if (x or y) and (y or z):
        return 1
    return 2


def s46_0_3(x, y, z):
    pass
    pass
    pass
    if (x or y) and (y or z):
        return 1
    return 2


print('(x or y) and (y or z)', 'if', units(s46_0_0.__code__, s46_0_1.__code__, s46_0_2.__code__, s46_0_3.__code__))


def s46_1_0(x, y, z):
    if (x or y) and (y or z):
        return 1
    elif not (x or y) and (y or z):
        return 3
    else:
        return 2


def s46_1_1(x, y, z):
    pass
    if (x or y) and (y or z):
        return 1
    elif not (x or y) and (y or z):
        return 3
    else:
        return 2


def s46_1_2(x, y, z):
    pass
    pass
    if (x or y) and (y or z):
        return 1
    elif not (x or y) and (y or z):
        return 3
    else:
        return 2


def s46_1_3(x, y, z):
    pass
    pass
    pass
    if (x or y) and (y or z):
        return 1
    elif not (x or y) and (y or z):
        return 3
    else:
        return 2


print('(x or y) and (y or z)', 'elif', units(s46_1_0.__code__, s46_1_1.__code__, s46_1_2.__code__, s46_1_3.__code__))


def s46_2_0(x, y, z):
    if (x or y) and (y or z):
        x = 1
    else:
        x = 2


def s46_2_1(x, y, z):
    pass
    if (x or y) and (y or z):
        x = 1
    else:
        x = 2


def s46_2_2(x, y, z):
    pass
    pass
    if (x or y) and (y or z):
        x = 1
    else:
        x = 2


def s46_2_3(x, y, z):
    pass
    pass
    pass
    if (x or y) and (y or z):
        x = 1
    else:
        x = 2


print('(x or y) and (y or z)', 'ifend', units(s46_2_0.__code__, s46_2_1.__code__, s46_2_2.__code__, s46_2_3.__code__))


def s46_3_0(x, y, z):
    n = 0
    while (x or y) and (y or z):
        n += 1
        if n > 2:
            break
    return n


def s46_3_1(x, y, z):
    pass
    n = 0
    while (x or y) and (y or z):
        n += 1
        if n > 2:
            break
    return n


def s46_3_2(x, y, z):
    pass
    pass
    n = 0
    while (x or y) and (y or z):
        n += 1
        if n > 2:
            break
    return n


def s46_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while (x or y) and (y or z):
        n += 1
        if n > 2:
            break
    return n


print('(x or y) and (y or z)', 'while', units(s46_3_0.__code__, s46_3_1.__code__, s46_3_2.__code__, s46_3_3.__code__))


def s46_4_0(x, y, z):
    assert (x or y) and (y or z), 'no'


def s46_4_1(x, y, z):
    pass
    assert (x or y) and (y or z), 'no'


def s46_4_2(x, y, z):
    pass
    pass
    assert (x or y) and (y or z), 'no'


def s46_4_3(x, y, z):
    pass
    pass
    pass
    assert (x or y) and (y or z), 'no'


print('(x or y) and (y or z)', 'assert', units(s46_4_0.__code__, s46_4_1.__code__, s46_4_2.__code__, s46_4_3.__code__))


def s46_5_0(x, y, z):
    return 1 if (x or y) and (y or z) else 2


def s46_5_1(x, y, z):
    pass
    return 1 if (x or y) and (y or z) else 2


def s46_5_2(x, y, z):
    pass
    pass
    return 1 if (x or y) and (y or z) else 2


def s46_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if (x or y) and (y or z) else 2


print('(x or y) and (y or z)', 'ifexp', units(s46_5_0.__code__, s46_5_1.__code__, s46_5_2.__code__, s46_5_3.__code__))


def s46_6_0(x, y, z):
    return [a for a in (x, y, z) if (x or y) and (y or z)]


def s46_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if (x or y) and (y or z)]


def s46_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if (x or y) and (y or z)]


def s46_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if (x or y) and (y or z)]


print('(x or y) and (y or z)', 'comp', units(s46_6_0.__code__, s46_6_1.__code__, s46_6_2.__code__, s46_6_3.__code__))


def s46_7_0(x, y, z):
    return (x or y) and (y or z)


def s46_7_1(x, y, z):
    pass
    return (x or y) and (y or z)


def s46_7_2(x, y, z):
    pass
    pass
    return (x or y) and (y or z)


def s46_7_3(x, y, z):
    pass
    pass
    pass
    return (x or y) and (y or z)


print('(x or y) and (y or z)', 'value', units(s46_7_0.__code__, s46_7_1.__code__, s46_7_2.__code__, s46_7_3.__code__))


def s47_0_0(x, y, z):
    if -x:
        return 1
    return 2


def s47_0_1(x, y, z):
    pass
    if -x:
        return 1
    return 2


def s47_0_2(x, y, z):
    pass
    pass
    if -x:
        return 1
    return 2


def s47_0_3(x, y, z):
    pass
    pass
    pass
    if -x:
        return 1
    return 2


print('-x', 'if', units(s47_0_0.__code__, s47_0_1.__code__, s47_0_2.__code__, s47_0_3.__code__))


def s47_1_0(x, y, z):
    if -x:
        return 1
    elif not -x:
        return 3
    else:
        return 2


def s47_1_1(x, y, z):
    pass
    if -x:
        return 1
    elif not -x:
        return 3
    else:
        return 2


def s47_1_2(x, y, z):
    pass
    pass
    if -x:
        return 1
    elif not -x:
        return 3
    else:
        return 2


def s47_1_3(x, y, z):
    pass
    pass
    pass
    if -x:
        return 1
    elif not -x:
        return 3
    else:
        return 2


print('-x', 'elif', units(s47_1_0.__code__, s47_1_1.__code__, s47_1_2.__code__, s47_1_3.__code__))


def s47_2_0(x, y, z):
    if -x:
        x = 1
    else:
        x = 2


def s47_2_1(x, y, z):
    pass
    if -x:
        x = 1
    else:
        x = 2


def s47_2_2(x, y, z):
    pass
    pass
    if -x:
        x = 1
    else:
        x = 2


def s47_2_3(x, y, z):
    pass
    pass
    pass
    if -x:
        x = 1
    else:
        x = 2


print('-x', 'ifend', units(s47_2_0.__code__, s47_2_1.__code__, s47_2_2.__code__, s47_2_3.__code__))


def s47_3_0(x, y, z):
    n = 0
    while -x:
        n += 1
        if n > 2:
            break
    return n


def s47_3_1(x, y, z):
    pass
    n = 0
    while -x:
        n += 1
        if n > 2:
            break
    return n


def s47_3_2(x, y, z):
    pass
    pass
    n = 0
    while -x:
        n += 1
        if n > 2:
            break
    return n


def s47_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while -x:
        n += 1
        if n > 2:
            break
    return n


print('-x', 'while', units(s47_3_0.__code__, s47_3_1.__code__, s47_3_2.__code__, s47_3_3.__code__))


def s47_4_0(x, y, z):
    assert -x, 'no'


def s47_4_1(x, y, z):
    pass
    assert -x, 'no'


def s47_4_2(x, y, z):
    pass
    pass
    assert -x, 'no'


def s47_4_3(x, y, z):
    pass
    pass
    pass
    assert -x, 'no'


print('-x', 'assert', units(s47_4_0.__code__, s47_4_1.__code__, s47_4_2.__code__, s47_4_3.__code__))


def s47_5_0(x, y, z):
    return 1 if -x else 2


def s47_5_1(x, y, z):
    pass
    return 1 if -x else 2


def s47_5_2(x, y, z):
    pass
    pass
    return 1 if -x else 2


def s47_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if -x else 2


print('-x', 'ifexp', units(s47_5_0.__code__, s47_5_1.__code__, s47_5_2.__code__, s47_5_3.__code__))


def s47_6_0(x, y, z):
    return [a for a in (x, y, z) if -x]


def s47_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if -x]


def s47_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if -x]


def s47_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if -x]


print('-x', 'comp', units(s47_6_0.__code__, s47_6_1.__code__, s47_6_2.__code__, s47_6_3.__code__))


def s47_7_0(x, y, z):
    return -x


def s47_7_1(x, y, z):
    pass
    return -x


def s47_7_2(x, y, z):
    pass
    pass
    return -x


def s47_7_3(x, y, z):
    pass
    pass
    pass
    return -x


print('-x', 'value', units(s47_7_0.__code__, s47_7_1.__code__, s47_7_2.__code__, s47_7_3.__code__))


def s48_0_0(x, y, z):
    if x + 1:
        return 1
    return 2


def s48_0_1(x, y, z):
    pass
    if x + 1:
        return 1
    return 2


def s48_0_2(x, y, z):
    pass
    pass
    if x + 1:
        return 1
    return 2


def s48_0_3(x, y, z):
    pass
    pass
    pass
    if x + 1:
        return 1
    return 2


print('x + 1', 'if', units(s48_0_0.__code__, s48_0_1.__code__, s48_0_2.__code__, s48_0_3.__code__))


def s48_1_0(x, y, z):
    if x + 1:
        return 1
    elif not x + 1:
        return 3
    else:
        return 2


def s48_1_1(x, y, z):
    pass
    if x + 1:
        return 1
    elif not x + 1:
        return 3
    else:
        return 2


def s48_1_2(x, y, z):
    pass
    pass
    if x + 1:
        return 1
    elif not x + 1:
        return 3
    else:
        return 2


def s48_1_3(x, y, z):
    pass
    pass
    pass
    if x + 1:
        return 1
    elif not x + 1:
        return 3
    else:
        return 2


print('x + 1', 'elif', units(s48_1_0.__code__, s48_1_1.__code__, s48_1_2.__code__, s48_1_3.__code__))


def s48_2_0(x, y, z):
    if x + 1:
        x = 1
    else:
        x = 2


def s48_2_1(x, y, z):
    pass
    if x + 1:
        x = 1
    else:
        x = 2


def s48_2_2(x, y, z):
    pass
    pass
    if x + 1:
        x = 1
    else:
        x = 2


def s48_2_3(x, y, z):
    pass
    pass
    pass
    if x + 1:
        x = 1
    else:
        x = 2


print('x + 1', 'ifend', units(s48_2_0.__code__, s48_2_1.__code__, s48_2_2.__code__, s48_2_3.__code__))


def s48_3_0(x, y, z):
    n = 0
    while x + 1:
        n += 1
        if n > 2:
            break
    return n


def s48_3_1(x, y, z):
    pass
    n = 0
    while x + 1:
        n += 1
        if n > 2:
            break
    return n


def s48_3_2(x, y, z):
    pass
    pass
    n = 0
    while x + 1:
        n += 1
        if n > 2:
            break
    return n


def s48_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x + 1:
        n += 1
        if n > 2:
            break
    return n


print('x + 1', 'while', units(s48_3_0.__code__, s48_3_1.__code__, s48_3_2.__code__, s48_3_3.__code__))


def s48_4_0(x, y, z):
    assert x + 1, 'no'


def s48_4_1(x, y, z):
    pass
    assert x + 1, 'no'


def s48_4_2(x, y, z):
    pass
    pass
    assert x + 1, 'no'


def s48_4_3(x, y, z):
    pass
    pass
    pass
    assert x + 1, 'no'


print('x + 1', 'assert', units(s48_4_0.__code__, s48_4_1.__code__, s48_4_2.__code__, s48_4_3.__code__))


def s48_5_0(x, y, z):
    return 1 if x + 1 else 2


def s48_5_1(x, y, z):
    pass
    return 1 if x + 1 else 2


def s48_5_2(x, y, z):
    pass
    pass
    return 1 if x + 1 else 2


def s48_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x + 1 else 2


print('x + 1', 'ifexp', units(s48_5_0.__code__, s48_5_1.__code__, s48_5_2.__code__, s48_5_3.__code__))


def s48_6_0(x, y, z):
    return [a for a in (x, y, z) if x + 1]


def s48_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x + 1]


def s48_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x + 1]


def s48_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x + 1]


print('x + 1', 'comp', units(s48_6_0.__code__, s48_6_1.__code__, s48_6_2.__code__, s48_6_3.__code__))


def s48_7_0(x, y, z):
    return x + 1


def s48_7_1(x, y, z):
    pass
    return x + 1


def s48_7_2(x, y, z):
    pass
    pass
    return x + 1


def s48_7_3(x, y, z):
    pass
    pass
    pass
    return x + 1


print('x + 1', 'value', units(s48_7_0.__code__, s48_7_1.__code__, s48_7_2.__code__, s48_7_3.__code__))


def s49_0_0(x, y, z):
    if True:
        return 1
    return 2


def s49_0_1(x, y, z):
    pass
    if True:
        return 1
    return 2


def s49_0_2(x, y, z):
    pass
    pass
    if True:
        return 1
    return 2


def s49_0_3(x, y, z):
    pass
    pass
    pass
    if True:
        return 1
    return 2


print('True', 'if', units(s49_0_0.__code__, s49_0_1.__code__, s49_0_2.__code__, s49_0_3.__code__))


def s49_1_0(x, y, z):
    if True:
        return 1
    elif not True:
        return 3
    else:
        return 2


def s49_1_1(x, y, z):
    pass
    if True:
        return 1
    elif not True:
        return 3
    else:
        return 2


def s49_1_2(x, y, z):
    pass
    pass
    if True:
        return 1
    elif not True:
        return 3
    else:
        return 2


def s49_1_3(x, y, z):
    pass
    pass
    pass
    if True:
        return 1
    elif not True:
        return 3
    else:
        return 2


print('True', 'elif', units(s49_1_0.__code__, s49_1_1.__code__, s49_1_2.__code__, s49_1_3.__code__))


def s49_2_0(x, y, z):
    if True:
        x = 1
    else:
        x = 2


def s49_2_1(x, y, z):
    pass
    if True:
        x = 1
    else:
        x = 2


def s49_2_2(x, y, z):
    pass
    pass
    if True:
        x = 1
    else:
        x = 2


def s49_2_3(x, y, z):
    pass
    pass
    pass
    if True:
        x = 1
    else:
        x = 2


print('True', 'ifend', units(s49_2_0.__code__, s49_2_1.__code__, s49_2_2.__code__, s49_2_3.__code__))


def s49_4_0(x, y, z):
    assert True, 'no'


def s49_4_1(x, y, z):
    pass
    assert True, 'no'


def s49_4_2(x, y, z):
    pass
    pass
    assert True, 'no'


def s49_4_3(x, y, z):
    pass
    pass
    pass
    assert True, 'no'


print('True', 'assert', units(s49_4_0.__code__, s49_4_1.__code__, s49_4_2.__code__, s49_4_3.__code__))


def s49_5_0(x, y, z):
    return 1 if True else 2


def s49_5_1(x, y, z):
    pass
    return 1 if True else 2


def s49_5_2(x, y, z):
    pass
    pass
    return 1 if True else 2


def s49_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if True else 2


print('True', 'ifexp', units(s49_5_0.__code__, s49_5_1.__code__, s49_5_2.__code__, s49_5_3.__code__))


def s49_6_0(x, y, z):
    return [a for a in (x, y, z) if True]


def s49_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if True]


def s49_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if True]


def s49_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if True]


print('True', 'comp', units(s49_6_0.__code__, s49_6_1.__code__, s49_6_2.__code__, s49_6_3.__code__))


def s49_7_0(x, y, z):
    return True


def s49_7_1(x, y, z):
    pass
    return True


def s49_7_2(x, y, z):
    pass
    pass
    return True


def s49_7_3(x, y, z):
    pass
    pass
    pass
    return True


print('True', 'value', units(s49_7_0.__code__, s49_7_1.__code__, s49_7_2.__code__, s49_7_3.__code__))


def s50_0_0(x, y, z):
    if 0:
        return 1
    return 2


def s50_0_1(x, y, z):
    pass
    if 0:
        return 1
    return 2


def s50_0_2(x, y, z):
    pass
    pass
    if 0:
        return 1
    return 2


def s50_0_3(x, y, z):
    pass
    pass
    pass
    if 0:
        return 1
    return 2


print('0', 'if', units(s50_0_0.__code__, s50_0_1.__code__, s50_0_2.__code__, s50_0_3.__code__))


def s50_1_0(x, y, z):
    if 0:
        return 1
    elif not 0:
        return 3
    else:
        return 2


def s50_1_1(x, y, z):
    pass
    if 0:
        return 1
    elif not 0:
        return 3
    else:
        return 2


def s50_1_2(x, y, z):
    pass
    pass
    if 0:
        return 1
    elif not 0:
        return 3
    else:
        return 2


def s50_1_3(x, y, z):
    pass
    pass
    pass
    if 0:
        return 1
    elif not 0:
        return 3
    else:
        return 2


print('0', 'elif', units(s50_1_0.__code__, s50_1_1.__code__, s50_1_2.__code__, s50_1_3.__code__))


def s50_2_0(x, y, z):
    if 0:
        x = 1
    else:
        x = 2


def s50_2_1(x, y, z):
    pass
    if 0:
        x = 1
    else:
        x = 2


def s50_2_2(x, y, z):
    pass
    pass
    if 0:
        x = 1
    else:
        x = 2


def s50_2_3(x, y, z):
    pass
    pass
    pass
    if 0:
        x = 1
    else:
        x = 2


print('0', 'ifend', units(s50_2_0.__code__, s50_2_1.__code__, s50_2_2.__code__, s50_2_3.__code__))


def s50_3_0(x, y, z):
    n = 0
    while 0:
        n += 1
        if n > 2:
            break
    return n


def s50_3_1(x, y, z):
    pass
    n = 0
    while 0:
        n += 1
        if n > 2:
            break
    return n


def s50_3_2(x, y, z):
    pass
    pass
    n = 0
    while 0:
        n += 1
        if n > 2:
            break
    return n


def s50_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while 0:
        n += 1
        if n > 2:
            break
    return n


print('0', 'while', units(s50_3_0.__code__, s50_3_1.__code__, s50_3_2.__code__, s50_3_3.__code__))


def s50_4_0(x, y, z):
    assert 0, 'no'


def s50_4_1(x, y, z):
    pass
    assert 0, 'no'


def s50_4_2(x, y, z):
    pass
    pass
    assert 0, 'no'


def s50_4_3(x, y, z):
    pass
    pass
    pass
    assert 0, 'no'


print('0', 'assert', units(s50_4_0.__code__, s50_4_1.__code__, s50_4_2.__code__, s50_4_3.__code__))


def s50_5_0(x, y, z):
    return 1 if 0 else 2


def s50_5_1(x, y, z):
    pass
    return 1 if 0 else 2


def s50_5_2(x, y, z):
    pass
    pass
    return 1 if 0 else 2


def s50_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if 0 else 2


print('0', 'ifexp', units(s50_5_0.__code__, s50_5_1.__code__, s50_5_2.__code__, s50_5_3.__code__))


def s50_6_0(x, y, z):
    return [a for a in (x, y, z) if 0]


def s50_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if 0]


def s50_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if 0]


def s50_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if 0]


print('0', 'comp', units(s50_6_0.__code__, s50_6_1.__code__, s50_6_2.__code__, s50_6_3.__code__))


def s50_7_0(x, y, z):
    return 0


def s50_7_1(x, y, z):
    pass
    return 0


def s50_7_2(x, y, z):
    pass
    pass
    return 0


def s50_7_3(x, y, z):
    pass
    pass
    pass
    return 0


print('0', 'value', units(s50_7_0.__code__, s50_7_1.__code__, s50_7_2.__code__, s50_7_3.__code__))


def s51_0_0(x, y, z):
    if None:
        return 1
    return 2


def s51_0_1(x, y, z):
    pass
    if None:
        return 1
    return 2


def s51_0_2(x, y, z):
    pass
    pass
    if None:
        return 1
    return 2


def s51_0_3(x, y, z):
    pass
    pass
    pass
    if None:
        return 1
    return 2


print('None', 'if', units(s51_0_0.__code__, s51_0_1.__code__, s51_0_2.__code__, s51_0_3.__code__))


def s51_1_0(x, y, z):
    if None:
        return 1
    elif not None:
        return 3
    else:
        return 2


def s51_1_1(x, y, z):
    pass
    if None:
        return 1
    elif not None:
        return 3
    else:
        return 2


def s51_1_2(x, y, z):
    pass
    pass
    if None:
        return 1
    elif not None:
        return 3
    else:
        return 2


def s51_1_3(x, y, z):
    pass
    pass
    pass
    if None:
        return 1
    elif not None:
        return 3
    else:
        return 2


print('None', 'elif', units(s51_1_0.__code__, s51_1_1.__code__, s51_1_2.__code__, s51_1_3.__code__))


def s51_2_0(x, y, z):
    if None:
        x = 1
    else:
        x = 2


def s51_2_1(x, y, z):
    pass
    if None:
        x = 1
    else:
        x = 2


def s51_2_2(x, y, z):
    pass
    pass
    if None:
        x = 1
    else:
        x = 2


def s51_2_3(x, y, z):
    pass
    pass
    pass
    if None:
        x = 1
    else:
        x = 2


print('None', 'ifend', units(s51_2_0.__code__, s51_2_1.__code__, s51_2_2.__code__, s51_2_3.__code__))


def s51_3_0(x, y, z):
    n = 0
    while None:
        n += 1
        if n > 2:
            break
    return n


def s51_3_1(x, y, z):
    pass
    n = 0
    while None:
        n += 1
        if n > 2:
            break
    return n


def s51_3_2(x, y, z):
    pass
    pass
    n = 0
    while None:
        n += 1
        if n > 2:
            break
    return n


def s51_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while None:
        n += 1
        if n > 2:
            break
    return n


print('None', 'while', units(s51_3_0.__code__, s51_3_1.__code__, s51_3_2.__code__, s51_3_3.__code__))


def s51_4_0(x, y, z):
    assert None, 'no'


def s51_4_1(x, y, z):
    pass
    assert None, 'no'


def s51_4_2(x, y, z):
    pass
    pass
    assert None, 'no'


def s51_4_3(x, y, z):
    pass
    pass
    pass
    assert None, 'no'


print('None', 'assert', units(s51_4_0.__code__, s51_4_1.__code__, s51_4_2.__code__, s51_4_3.__code__))


def s51_5_0(x, y, z):
    return 1 if None else 2


def s51_5_1(x, y, z):
    pass
    return 1 if None else 2


def s51_5_2(x, y, z):
    pass
    pass
    return 1 if None else 2


def s51_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if None else 2


print('None', 'ifexp', units(s51_5_0.__code__, s51_5_1.__code__, s51_5_2.__code__, s51_5_3.__code__))


def s51_6_0(x, y, z):
    return [a for a in (x, y, z) if None]


def s51_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if None]


def s51_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if None]


def s51_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if None]


print('None', 'comp', units(s51_6_0.__code__, s51_6_1.__code__, s51_6_2.__code__, s51_6_3.__code__))


def s51_7_0(x, y, z):
    return None


def s51_7_1(x, y, z):
    pass
    return None


def s51_7_2(x, y, z):
    pass
    pass
    return None


def s51_7_3(x, y, z):
    pass
    pass
    pass
    return None


print('None', 'value', units(s51_7_0.__code__, s51_7_1.__code__, s51_7_2.__code__, s51_7_3.__code__))


def s52_0_0(x, y, z):
    if not 1:
        return 1
    return 2


def s52_0_1(x, y, z):
    pass
    if not 1:
        return 1
    return 2


def s52_0_2(x, y, z):
    pass
    pass
    if not 1:
        return 1
    return 2


def s52_0_3(x, y, z):
    pass
    pass
    pass
    if not 1:
        return 1
    return 2


print('not 1', 'if', units(s52_0_0.__code__, s52_0_1.__code__, s52_0_2.__code__, s52_0_3.__code__))


def s52_1_0(x, y, z):
    if not 1:
        return 1
    elif not not 1:
        return 3
    else:
        return 2


def s52_1_1(x, y, z):
    pass
    if not 1:
        return 1
    elif not not 1:
        return 3
    else:
        return 2


def s52_1_2(x, y, z):
    pass
    pass
    if not 1:
        return 1
    elif not not 1:
        return 3
    else:
        return 2


def s52_1_3(x, y, z):
    pass
    pass
    pass
    if not 1:
        return 1
    elif not not 1:
        return 3
    else:
        return 2


print('not 1', 'elif', units(s52_1_0.__code__, s52_1_1.__code__, s52_1_2.__code__, s52_1_3.__code__))


def s52_2_0(x, y, z):
    if not 1:
        x = 1
    else:
        x = 2


def s52_2_1(x, y, z):
    pass
    if not 1:
        x = 1
    else:
        x = 2


def s52_2_2(x, y, z):
    pass
    pass
    if not 1:
        x = 1
    else:
        x = 2


def s52_2_3(x, y, z):
    pass
    pass
    pass
    if not 1:
        x = 1
    else:
        x = 2


print('not 1', 'ifend', units(s52_2_0.__code__, s52_2_1.__code__, s52_2_2.__code__, s52_2_3.__code__))


def s52_3_0(x, y, z):
    n = 0
    while not 1:
        n += 1
        if n > 2:
            break
    return n


def s52_3_1(x, y, z):
    pass
    n = 0
    while not 1:
        n += 1
        if n > 2:
            break
    return n


def s52_3_2(x, y, z):
    pass
    pass
    n = 0
    while not 1:
        n += 1
        if n > 2:
            break
    return n


def s52_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while not 1:
        n += 1
        if n > 2:
            break
    return n


print('not 1', 'while', units(s52_3_0.__code__, s52_3_1.__code__, s52_3_2.__code__, s52_3_3.__code__))


def s52_4_0(x, y, z):
    assert not 1, 'no'


def s52_4_1(x, y, z):
    pass
    assert not 1, 'no'


def s52_4_2(x, y, z):
    pass
    pass
    assert not 1, 'no'


def s52_4_3(x, y, z):
    pass
    pass
    pass
    assert not 1, 'no'


print('not 1', 'assert', units(s52_4_0.__code__, s52_4_1.__code__, s52_4_2.__code__, s52_4_3.__code__))


def s52_5_0(x, y, z):
    return 1 if not 1 else 2


def s52_5_1(x, y, z):
    pass
    return 1 if not 1 else 2


def s52_5_2(x, y, z):
    pass
    pass
    return 1 if not 1 else 2


def s52_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if not 1 else 2


print('not 1', 'ifexp', units(s52_5_0.__code__, s52_5_1.__code__, s52_5_2.__code__, s52_5_3.__code__))


def s52_6_0(x, y, z):
    return [a for a in (x, y, z) if not 1]


def s52_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if not 1]


def s52_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if not 1]


def s52_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if not 1]


print('not 1', 'comp', units(s52_6_0.__code__, s52_6_1.__code__, s52_6_2.__code__, s52_6_3.__code__))


def s52_7_0(x, y, z):
    return not 1


def s52_7_1(x, y, z):
    pass
    return not 1


def s52_7_2(x, y, z):
    pass
    pass
    return not 1


def s52_7_3(x, y, z):
    pass
    pass
    pass
    return not 1


print('not 1', 'value', units(s52_7_0.__code__, s52_7_1.__code__, s52_7_2.__code__, s52_7_3.__code__))


def s53_0_0(x, y, z):
    if '':
        return 1
    return 2


def s53_0_1(x, y, z):
    pass
    if '':
        return 1
    return 2


def s53_0_2(x, y, z):
    pass
    pass
    if '':
        return 1
    return 2


def s53_0_3(x, y, z):
    pass
    pass
    pass
    if '':
        return 1
    return 2


print("''", 'if', units(s53_0_0.__code__, s53_0_1.__code__, s53_0_2.__code__, s53_0_3.__code__))


def s53_1_0(x, y, z):
    if '':
        return 1
    elif not '':
        return 3
    else:
        return 2


def s53_1_1(x, y, z):
    pass
    if '':
        return 1
    elif not '':
        return 3
    else:
        return 2


def s53_1_2(x, y, z):
    pass
    pass
    if '':
        return 1
    elif not '':
        return 3
    else:
        return 2


def s53_1_3(x, y, z):
    pass
    pass
    pass
    if '':
        return 1
    elif not '':
        return 3
    else:
        return 2


print("''", 'elif', units(s53_1_0.__code__, s53_1_1.__code__, s53_1_2.__code__, s53_1_3.__code__))


def s53_2_0(x, y, z):
    if '':
        x = 1
    else:
        x = 2


def s53_2_1(x, y, z):
    pass
    if '':
        x = 1
    else:
        x = 2


def s53_2_2(x, y, z):
    pass
    pass
    if '':
        x = 1
    else:
        x = 2


def s53_2_3(x, y, z):
    pass
    pass
    pass
    if '':
        x = 1
    else:
        x = 2


print("''", 'ifend', units(s53_2_0.__code__, s53_2_1.__code__, s53_2_2.__code__, s53_2_3.__code__))


def s53_3_0(x, y, z):
    n = 0
    while '':
        n += 1
        if n > 2:
            break
    return n


def s53_3_1(x, y, z):
    pass
    n = 0
    while '':
        n += 1
        if n > 2:
            break
    return n


def s53_3_2(x, y, z):
    pass
    pass
    n = 0
    while '':
        n += 1
        if n > 2:
            break
    return n


def s53_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while '':
        n += 1
        if n > 2:
            break
    return n


print("''", 'while', units(s53_3_0.__code__, s53_3_1.__code__, s53_3_2.__code__, s53_3_3.__code__))


def s53_4_0(x, y, z):
    assert '', 'no'


def s53_4_1(x, y, z):
    pass
    assert '', 'no'


def s53_4_2(x, y, z):
    pass
    pass
    assert '', 'no'


def s53_4_3(x, y, z):
    pass
    pass
    pass
    assert '', 'no'


print("''", 'assert', units(s53_4_0.__code__, s53_4_1.__code__, s53_4_2.__code__, s53_4_3.__code__))


def s53_5_0(x, y, z):
    return 1 if '' else 2


def s53_5_1(x, y, z):
    pass
    return 1 if '' else 2


def s53_5_2(x, y, z):
    pass
    pass
    return 1 if '' else 2


def s53_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if '' else 2


print("''", 'ifexp', units(s53_5_0.__code__, s53_5_1.__code__, s53_5_2.__code__, s53_5_3.__code__))


def s53_6_0(x, y, z):
    return [a for a in (x, y, z) if '']


def s53_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if '']


def s53_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if '']


def s53_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if '']


print("''", 'comp', units(s53_6_0.__code__, s53_6_1.__code__, s53_6_2.__code__, s53_6_3.__code__))


def s53_7_0(x, y, z):
    return ''


def s53_7_1(x, y, z):
    pass
    return ''


def s53_7_2(x, y, z):
    pass
    pass
    return ''


def s53_7_3(x, y, z):
    pass
    pass
    pass
    return ''


print("''", 'value', units(s53_7_0.__code__, s53_7_1.__code__, s53_7_2.__code__, s53_7_3.__code__))


def s54_0_0(x, y, z):
    if x is None is y:
        return 1
    return 2


def s54_0_1(x, y, z):
    pass
    if x is None is y:
        return 1
    return 2


def s54_0_2(x, y, z):
    pass
    pass
    if x is None is y:
        return 1
    return 2


def s54_0_3(x, y, z):
    pass
    pass
    pass
    if x is None is y:
        return 1
    return 2


print('x is None is y', 'if', units(s54_0_0.__code__, s54_0_1.__code__, s54_0_2.__code__, s54_0_3.__code__))


def s54_1_0(x, y, z):
    if x is None is y:
        return 1
    elif not x is None is y:
        return 3
    else:
        return 2


def s54_1_1(x, y, z):
    pass
    if x is None is y:
        return 1
    elif not x is None is y:
        return 3
    else:
        return 2


def s54_1_2(x, y, z):
    pass
    pass
    if x is None is y:
        return 1
    elif not x is None is y:
        return 3
    else:
        return 2


def s54_1_3(x, y, z):
    pass
    pass
    pass
    if x is None is y:
        return 1
    elif not x is None is y:
        return 3
    else:
        return 2


print('x is None is y', 'elif', units(s54_1_0.__code__, s54_1_1.__code__, s54_1_2.__code__, s54_1_3.__code__))


def s54_2_0(x, y, z):
    if x is None is y:
        x = 1
    else:
        x = 2


def s54_2_1(x, y, z):
    pass
    if x is None is y:
        x = 1
    else:
        x = 2


def s54_2_2(x, y, z):
    pass
    pass
    if x is None is y:
        x = 1
    else:
        x = 2


def s54_2_3(x, y, z):
    pass
    pass
    pass
    if x is None is y:
        x = 1
    else:
        x = 2


print('x is None is y', 'ifend', units(s54_2_0.__code__, s54_2_1.__code__, s54_2_2.__code__, s54_2_3.__code__))


def s54_3_0(x, y, z):
    n = 0
    while x is None is y:
        n += 1
        if n > 2:
            break
    return n


def s54_3_1(x, y, z):
    pass
    n = 0
    while x is None is y:
        n += 1
        if n > 2:
            break
    return n


def s54_3_2(x, y, z):
    pass
    pass
    n = 0
    while x is None is y:
        n += 1
        if n > 2:
            break
    return n


def s54_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x is None is y:
        n += 1
        if n > 2:
            break
    return n


print('x is None is y', 'while', units(s54_3_0.__code__, s54_3_1.__code__, s54_3_2.__code__, s54_3_3.__code__))


def s54_4_0(x, y, z):
    assert x is None is y, 'no'


def s54_4_1(x, y, z):
    pass
    assert x is None is y, 'no'


def s54_4_2(x, y, z):
    pass
    pass
    assert x is None is y, 'no'


def s54_4_3(x, y, z):
    pass
    pass
    pass
    assert x is None is y, 'no'


print('x is None is y', 'assert', units(s54_4_0.__code__, s54_4_1.__code__, s54_4_2.__code__, s54_4_3.__code__))


def s54_5_0(x, y, z):
    return 1 if x is None is y else 2


def s54_5_1(x, y, z):
    pass
    return 1 if x is None is y else 2


def s54_5_2(x, y, z):
    pass
    pass
    return 1 if x is None is y else 2


def s54_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x is None is y else 2


print('x is None is y', 'ifexp', units(s54_5_0.__code__, s54_5_1.__code__, s54_5_2.__code__, s54_5_3.__code__))


def s54_6_0(x, y, z):
    return [a for a in (x, y, z) if x is None is y]


def s54_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x is None is y]


def s54_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x is None is y]


def s54_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x is None is y]


print('x is None is y', 'comp', units(s54_6_0.__code__, s54_6_1.__code__, s54_6_2.__code__, s54_6_3.__code__))


def s54_7_0(x, y, z):
    return x is None is y


def s54_7_1(x, y, z):
    pass
    return x is None is y


def s54_7_2(x, y, z):
    pass
    pass
    return x is None is y


def s54_7_3(x, y, z):
    pass
    pass
    pass
    return x is None is y


print('x is None is y', 'value', units(s54_7_0.__code__, s54_7_1.__code__, s54_7_2.__code__, s54_7_3.__code__))


def s55_0_0(x, y, z):
    if (x or y) is None:
        return 1
    return 2


def s55_0_1(x, y, z):
    pass
    if (x or y) is None:
        return 1
    return 2


def s55_0_2(x, y, z):
    pass
    pass
    if (x or y) is None:
        return 1
    return 2


def s55_0_3(x, y, z):
    pass
    pass
    pass
    if (x or y) is None:
        return 1
    return 2


print('(x or y) is None', 'if', units(s55_0_0.__code__, s55_0_1.__code__, s55_0_2.__code__, s55_0_3.__code__))


def s55_1_0(x, y, z):
    if (x or y) is None:
        return 1
    elif not (x or y) is None:
        return 3
    else:
        return 2


def s55_1_1(x, y, z):
    pass
    if (x or y) is None:
        return 1
    elif not (x or y) is None:
        return 3
    else:
        return 2


def s55_1_2(x, y, z):
    pass
    pass
    if (x or y) is None:
        return 1
    elif not (x or y) is None:
        return 3
    else:
        return 2


def s55_1_3(x, y, z):
    pass
    pass
    pass
    if (x or y) is None:
        return 1
    elif not (x or y) is None:
        return 3
    else:
        return 2


print('(x or y) is None', 'elif', units(s55_1_0.__code__, s55_1_1.__code__, s55_1_2.__code__, s55_1_3.__code__))


def s55_2_0(x, y, z):
    if (x or y) is None:
        x = 1
    else:
        x = 2


def s55_2_1(x, y, z):
    pass
    if (x or y) is None:
        x = 1
    else:
        x = 2


def s55_2_2(x, y, z):
    pass
    pass
    if (x or y) is None:
        x = 1
    else:
        x = 2


def s55_2_3(x, y, z):
    pass
    pass
    pass
    if (x or y) is None:
        x = 1
    else:
        x = 2


print('(x or y) is None', 'ifend', units(s55_2_0.__code__, s55_2_1.__code__, s55_2_2.__code__, s55_2_3.__code__))


def s55_3_0(x, y, z):
    n = 0
    while (x or y) is None:
        n += 1
        if n > 2:
            break
    return n


def s55_3_1(x, y, z):
    pass
    n = 0
    while (x or y) is None:
        n += 1
        if n > 2:
            break
    return n


def s55_3_2(x, y, z):
    pass
    pass
    n = 0
    while (x or y) is None:
        n += 1
        if n > 2:
            break
    return n


def s55_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while (x or y) is None:
        n += 1
        if n > 2:
            break
    return n


print('(x or y) is None', 'while', units(s55_3_0.__code__, s55_3_1.__code__, s55_3_2.__code__, s55_3_3.__code__))


def s55_4_0(x, y, z):
    assert (x or y) is None, 'no'


def s55_4_1(x, y, z):
    pass
    assert (x or y) is None, 'no'


def s55_4_2(x, y, z):
    pass
    pass
    assert (x or y) is None, 'no'


def s55_4_3(x, y, z):
    pass
    pass
    pass
    assert (x or y) is None, 'no'


print('(x or y) is None', 'assert', units(s55_4_0.__code__, s55_4_1.__code__, s55_4_2.__code__, s55_4_3.__code__))


def s55_5_0(x, y, z):
    return 1 if (x or y) is None else 2


def s55_5_1(x, y, z):
    pass
    return 1 if (x or y) is None else 2


def s55_5_2(x, y, z):
    pass
    pass
    return 1 if (x or y) is None else 2


def s55_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if (x or y) is None else 2


print('(x or y) is None', 'ifexp', units(s55_5_0.__code__, s55_5_1.__code__, s55_5_2.__code__, s55_5_3.__code__))


def s55_6_0(x, y, z):
    return [a for a in (x, y, z) if (x or y) is None]


def s55_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if (x or y) is None]


def s55_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if (x or y) is None]


def s55_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if (x or y) is None]


print('(x or y) is None', 'comp', units(s55_6_0.__code__, s55_6_1.__code__, s55_6_2.__code__, s55_6_3.__code__))


def s55_7_0(x, y, z):
    return (x or y) is None


def s55_7_1(x, y, z):
    pass
    return (x or y) is None


def s55_7_2(x, y, z):
    pass
    pass
    return (x or y) is None


def s55_7_3(x, y, z):
    pass
    pass
    pass
    return (x or y) is None


print('(x or y) is None', 'value', units(s55_7_0.__code__, s55_7_1.__code__, s55_7_2.__code__, s55_7_3.__code__))


def s56_0_0(x, y, z):
    if not (x < y) or z:
        return 1
    return 2


def s56_0_1(x, y, z):
    pass
    if not (x < y) or z:
        return 1
    return 2


def s56_0_2(x, y, z):
    pass
    pass
    if not (x < y) or z:
        return 1
    return 2


def s56_0_3(x, y, z):
    pass
    pass
    pass
    if not (x < y) or z:
        return 1
    return 2


print('not (x < y) or z', 'if', units(s56_0_0.__code__, s56_0_1.__code__, s56_0_2.__code__, s56_0_3.__code__))


def s56_1_0(x, y, z):
    if not (x < y) or z:
        return 1
    elif not not (x < y) or z:
        return 3
    else:
        return 2


def s56_1_1(x, y, z):
    pass
    if not (x < y) or z:
        return 1
    elif not not (x < y) or z:
        return 3
    else:
        return 2


def s56_1_2(x, y, z):
    pass
    pass
    if not (x < y) or z:
        return 1
    elif not not (x < y) or z:
        return 3
    else:
        return 2


def s56_1_3(x, y, z):
    pass
    pass
    pass
    if not (x < y) or z:
        return 1
    elif not not (x < y) or z:
        return 3
    else:
        return 2


print('not (x < y) or z', 'elif', units(s56_1_0.__code__, s56_1_1.__code__, s56_1_2.__code__, s56_1_3.__code__))


def s56_2_0(x, y, z):
    if not (x < y) or z:
        x = 1
    else:
        x = 2


def s56_2_1(x, y, z):
    pass
    if not (x < y) or z:
        x = 1
    else:
        x = 2


def s56_2_2(x, y, z):
    pass
    pass
    if not (x < y) or z:
        x = 1
    else:
        x = 2


def s56_2_3(x, y, z):
    pass
    pass
    pass
    if not (x < y) or z:
        x = 1
    else:
        x = 2


print('not (x < y) or z', 'ifend', units(s56_2_0.__code__, s56_2_1.__code__, s56_2_2.__code__, s56_2_3.__code__))


def s56_3_0(x, y, z):
    n = 0
    while not (x < y) or z:
        n += 1
        if n > 2:
            break
    return n


def s56_3_1(x, y, z):
    pass
    n = 0
    while not (x < y) or z:
        n += 1
        if n > 2:
            break
    return n


def s56_3_2(x, y, z):
    pass
    pass
    n = 0
    while not (x < y) or z:
        n += 1
        if n > 2:
            break
    return n


def s56_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while not (x < y) or z:
        n += 1
        if n > 2:
            break
    return n


print('not (x < y) or z', 'while', units(s56_3_0.__code__, s56_3_1.__code__, s56_3_2.__code__, s56_3_3.__code__))


def s56_4_0(x, y, z):
    assert not (x < y) or z, 'no'


def s56_4_1(x, y, z):
    pass
    assert not (x < y) or z, 'no'


def s56_4_2(x, y, z):
    pass
    pass
    assert not (x < y) or z, 'no'


def s56_4_3(x, y, z):
    pass
    pass
    pass
    assert not (x < y) or z, 'no'


print('not (x < y) or z', 'assert', units(s56_4_0.__code__, s56_4_1.__code__, s56_4_2.__code__, s56_4_3.__code__))


def s56_5_0(x, y, z):
    return 1 if not (x < y) or z else 2


def s56_5_1(x, y, z):
    pass
    return 1 if not (x < y) or z else 2


def s56_5_2(x, y, z):
    pass
    pass
    return 1 if not (x < y) or z else 2


def s56_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if not (x < y) or z else 2


print('not (x < y) or z', 'ifexp', units(s56_5_0.__code__, s56_5_1.__code__, s56_5_2.__code__, s56_5_3.__code__))


def s56_6_0(x, y, z):
    return [a for a in (x, y, z) if not (x < y) or z]


def s56_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if not (x < y) or z]


def s56_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if not (x < y) or z]


def s56_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if not (x < y) or z]


print('not (x < y) or z', 'comp', units(s56_6_0.__code__, s56_6_1.__code__, s56_6_2.__code__, s56_6_3.__code__))


def s56_7_0(x, y, z):
    return not (x < y) or z


def s56_7_1(x, y, z):
    pass
    return not (x < y) or z


def s56_7_2(x, y, z):
    pass
    pass
    return not (x < y) or z


def s56_7_3(x, y, z):
    pass
    pass
    pass
    return not (x < y) or z


print('not (x < y) or z', 'value', units(s56_7_0.__code__, s56_7_1.__code__, s56_7_2.__code__, s56_7_3.__code__))


def s57_0_0(x, y, z):
    if x is not None and y is not None and z is not None:
        return 1
    return 2


def s57_0_1(x, y, z):
    pass
    if x is not None and y is not None and z is not None:
        return 1
    return 2


def s57_0_2(x, y, z):
    pass
    pass
    if x is not None and y is not None and z is not None:
        return 1
    return 2


def s57_0_3(x, y, z):
    pass
    pass
    pass
    if x is not None and y is not None and z is not None:
        return 1
    return 2


print('x is not None and y is not None and z is not None', 'if', units(s57_0_0.__code__, s57_0_1.__code__, s57_0_2.__code__, s57_0_3.__code__))


def s57_1_0(x, y, z):
    if x is not None and y is not None and z is not None:
        return 1
    elif not x is not None and y is not None and z is not None:
        return 3
    else:
        return 2


def s57_1_1(x, y, z):
    pass
    if x is not None and y is not None and z is not None:
        return 1
    elif not x is not None and y is not None and z is not None:
        return 3
    else:
        return 2


def s57_1_2(x, y, z):
    pass
    pass
    if x is not None and y is not None and z is not None:
        return 1
    elif not x is not None and y is not None and z is not None:
        return 3
    else:
        return 2


def s57_1_3(x, y, z):
    pass
    pass
    pass
    if x is not None and y is not None and z is not None:
        return 1
    elif not x is not None and y is not None and z is not None:
        return 3
    else:
        return 2


print('x is not None and y is not None and z is not None', 'elif', units(s57_1_0.__code__, s57_1_1.__code__, s57_1_2.__code__, s57_1_3.__code__))


def s57_2_0(x, y, z):
    if x is not None and y is not None and z is not None:
        x = 1
    else:
        x = 2


def s57_2_1(x, y, z):
    pass
    if x is not None and y is not None and z is not None:
        x = 1
    else:
        x = 2


def s57_2_2(x, y, z):
    pass
    pass
    if x is not None and y is not None and z is not None:
        x = 1
    else:
        x = 2


def s57_2_3(x, y, z):
    pass
    pass
    pass
    if x is not None and y is not None and z is not None:
        x = 1
    else:
        x = 2


print('x is not None and y is not None and z is not None', 'ifend', units(s57_2_0.__code__, s57_2_1.__code__, s57_2_2.__code__, s57_2_3.__code__))


def s57_3_0(x, y, z):
    n = 0
    while x is not None and y is not None and z is not None:
        n += 1
        if n > 2:
            break
    return n


def s57_3_1(x, y, z):
    pass
    n = 0
    while x is not None and y is not None and z is not None:
        n += 1
        if n > 2:
            break
    return n


def s57_3_2(x, y, z):
    pass
    pass
    n = 0
    while x is not None and y is not None and z is not None:
        n += 1
        if n > 2:
            break
    return n


def s57_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x is not None and y is not None and z is not None:
        n += 1
        if n > 2:
            break
    return n


print('x is not None and y is not None and z is not None', 'while', units(s57_3_0.__code__, s57_3_1.__code__, s57_3_2.__code__, s57_3_3.__code__))


def s57_4_0(x, y, z):
    assert x is not None and y is not None and z is not None, 'no'


def s57_4_1(x, y, z):
    pass
    assert x is not None and y is not None and z is not None, 'no'


def s57_4_2(x, y, z):
    pass
    pass
    assert x is not None and y is not None and z is not None, 'no'


def s57_4_3(x, y, z):
    pass
    pass
    pass
    assert x is not None and y is not None and z is not None, 'no'


print('x is not None and y is not None and z is not None', 'assert', units(s57_4_0.__code__, s57_4_1.__code__, s57_4_2.__code__, s57_4_3.__code__))


def s57_5_0(x, y, z):
    return 1 if x is not None and y is not None and z is not None else 2


def s57_5_1(x, y, z):
    pass
    return 1 if x is not None and y is not None and z is not None else 2


def s57_5_2(x, y, z):
    pass
    pass
    return 1 if x is not None and y is not None and z is not None else 2


def s57_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x is not None and y is not None and z is not None else 2


print('x is not None and y is not None and z is not None', 'ifexp', units(s57_5_0.__code__, s57_5_1.__code__, s57_5_2.__code__, s57_5_3.__code__))


def s57_6_0(x, y, z):
    return [a for a in (x, y, z) if x is not None and y is not None and z is not None]


def s57_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x is not None and y is not None and z is not None]


def s57_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x is not None and y is not None and z is not None]


def s57_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x is not None and y is not None and z is not None]


print('x is not None and y is not None and z is not None', 'comp', units(s57_6_0.__code__, s57_6_1.__code__, s57_6_2.__code__, s57_6_3.__code__))


def s57_7_0(x, y, z):
    return x is not None and y is not None and z is not None


def s57_7_1(x, y, z):
    pass
    return x is not None and y is not None and z is not None


def s57_7_2(x, y, z):
    pass
    pass
    return x is not None and y is not None and z is not None


def s57_7_3(x, y, z):
    pass
    pass
    pass
    return x is not None and y is not None and z is not None


print('x is not None and y is not None and z is not None', 'value', units(s57_7_0.__code__, s57_7_1.__code__, s57_7_2.__code__, s57_7_3.__code__))


def s58_0_0(x, y, z):
    if (not x) == y:
        return 1
    return 2


def s58_0_1(x, y, z):
    pass
    if (not x) == y:
        return 1
    return 2


def s58_0_2(x, y, z):
    pass
    pass
    if (not x) == y:
        return 1
    return 2


def s58_0_3(x, y, z):
    pass
    pass
    pass
    if (not x) == y:
        return 1
    return 2


print('(not x) == y', 'if', units(s58_0_0.__code__, s58_0_1.__code__, s58_0_2.__code__, s58_0_3.__code__))


def s58_1_0(x, y, z):
    if (not x) == y:
        return 1
    elif not (not x) == y:
        return 3
    else:
        return 2


def s58_1_1(x, y, z):
    pass
    if (not x) == y:
        return 1
    elif not (not x) == y:
        return 3
    else:
        return 2


def s58_1_2(x, y, z):
    pass
    pass
    if (not x) == y:
        return 1
    elif not (not x) == y:
        return 3
    else:
        return 2


def s58_1_3(x, y, z):
    pass
    pass
    pass
    if (not x) == y:
        return 1
    elif not (not x) == y:
        return 3
    else:
        return 2


print('(not x) == y', 'elif', units(s58_1_0.__code__, s58_1_1.__code__, s58_1_2.__code__, s58_1_3.__code__))


def s58_2_0(x, y, z):
    if (not x) == y:
        x = 1
    else:
        x = 2


def s58_2_1(x, y, z):
    pass
    if (not x) == y:
        x = 1
    else:
        x = 2


def s58_2_2(x, y, z):
    pass
    pass
    if (not x) == y:
        x = 1
    else:
        x = 2


def s58_2_3(x, y, z):
    pass
    pass
    pass
    if (not x) == y:
        x = 1
    else:
        x = 2


print('(not x) == y', 'ifend', units(s58_2_0.__code__, s58_2_1.__code__, s58_2_2.__code__, s58_2_3.__code__))


def s58_3_0(x, y, z):
    n = 0
    while (not x) == y:
        n += 1
        if n > 2:
            break
    return n


def s58_3_1(x, y, z):
    pass
    n = 0
    while (not x) == y:
        n += 1
        if n > 2:
            break
    return n


def s58_3_2(x, y, z):
    pass
    pass
    n = 0
    while (not x) == y:
        n += 1
        if n > 2:
            break
    return n


def s58_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while (not x) == y:
        n += 1
        if n > 2:
            break
    return n


print('(not x) == y', 'while', units(s58_3_0.__code__, s58_3_1.__code__, s58_3_2.__code__, s58_3_3.__code__))


def s58_4_0(x, y, z):
    assert (not x) == y, 'no'


def s58_4_1(x, y, z):
    pass
    assert (not x) == y, 'no'


def s58_4_2(x, y, z):
    pass
    pass
    assert (not x) == y, 'no'


def s58_4_3(x, y, z):
    pass
    pass
    pass
    assert (not x) == y, 'no'


print('(not x) == y', 'assert', units(s58_4_0.__code__, s58_4_1.__code__, s58_4_2.__code__, s58_4_3.__code__))


def s58_5_0(x, y, z):
    return 1 if (not x) == y else 2


def s58_5_1(x, y, z):
    pass
    return 1 if (not x) == y else 2


def s58_5_2(x, y, z):
    pass
    pass
    return 1 if (not x) == y else 2


def s58_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if (not x) == y else 2


print('(not x) == y', 'ifexp', units(s58_5_0.__code__, s58_5_1.__code__, s58_5_2.__code__, s58_5_3.__code__))


def s58_6_0(x, y, z):
    return [a for a in (x, y, z) if (not x) == y]


def s58_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if (not x) == y]


def s58_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if (not x) == y]


def s58_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if (not x) == y]


print('(not x) == y', 'comp', units(s58_6_0.__code__, s58_6_1.__code__, s58_6_2.__code__, s58_6_3.__code__))


def s58_7_0(x, y, z):
    return (not x) == y


def s58_7_1(x, y, z):
    pass
    return (not x) == y


def s58_7_2(x, y, z):
    pass
    pass
    return (not x) == y


def s58_7_3(x, y, z):
    pass
    pass
    pass
    return (not x) == y


print('(not x) == y', 'value', units(s58_7_0.__code__, s58_7_1.__code__, s58_7_2.__code__, s58_7_3.__code__))


def s59_0_0(x, y, z):
    if x in (1,) or None:
        return 1
    return 2


def s59_0_1(x, y, z):
    pass
    if x in (1,) or None:
        return 1
    return 2


def s59_0_2(x, y, z):
    pass
    pass
    if x in (1,) or None:
        return 1
    return 2


def s59_0_3(x, y, z):
    pass
    pass
    pass
    if x in (1,) or None:
        return 1
    return 2


print('x in (1,) or None', 'if', units(s59_0_0.__code__, s59_0_1.__code__, s59_0_2.__code__, s59_0_3.__code__))


def s59_1_0(x, y, z):
    if x in (1,) or None:
        return 1
    elif not x in (1,) or None:
        return 3
    else:
        return 2


def s59_1_1(x, y, z):
    pass
    if x in (1,) or None:
        return 1
    elif not x in (1,) or None:
        return 3
    else:
        return 2


def s59_1_2(x, y, z):
    pass
    pass
    if x in (1,) or None:
        return 1
    elif not x in (1,) or None:
        return 3
    else:
        return 2


def s59_1_3(x, y, z):
    pass
    pass
    pass
    if x in (1,) or None:
        return 1
    elif not x in (1,) or None:
        return 3
    else:
        return 2


print('x in (1,) or None', 'elif', units(s59_1_0.__code__, s59_1_1.__code__, s59_1_2.__code__, s59_1_3.__code__))


def s59_2_0(x, y, z):
    if x in (1,) or None:
        x = 1
    else:
        x = 2


def s59_2_1(x, y, z):
    pass
    if x in (1,) or None:
        x = 1
    else:
        x = 2


def s59_2_2(x, y, z):
    pass
    pass
    if x in (1,) or None:
        x = 1
    else:
        x = 2


def s59_2_3(x, y, z):
    pass
    pass
    pass
    if x in (1,) or None:
        x = 1
    else:
        x = 2


print('x in (1,) or None', 'ifend', units(s59_2_0.__code__, s59_2_1.__code__, s59_2_2.__code__, s59_2_3.__code__))


def s59_3_0(x, y, z):
    n = 0
    while x in (1,) or None:
        n += 1
        if n > 2:
            break
    return n


def s59_3_1(x, y, z):
    pass
    n = 0
    while x in (1,) or None:
        n += 1
        if n > 2:
            break
    return n


def s59_3_2(x, y, z):
    pass
    pass
    n = 0
    while x in (1,) or None:
        n += 1
        if n > 2:
            break
    return n


def s59_3_3(x, y, z):
    pass
    pass
    pass
    n = 0
    while x in (1,) or None:
        n += 1
        if n > 2:
            break
    return n


print('x in (1,) or None', 'while', units(s59_3_0.__code__, s59_3_1.__code__, s59_3_2.__code__, s59_3_3.__code__))


def s59_4_0(x, y, z):
    assert x in (1,) or None, 'no'


def s59_4_1(x, y, z):
    pass
    assert x in (1,) or None, 'no'


def s59_4_2(x, y, z):
    pass
    pass
    assert x in (1,) or None, 'no'


def s59_4_3(x, y, z):
    pass
    pass
    pass
    assert x in (1,) or None, 'no'


print('x in (1,) or None', 'assert', units(s59_4_0.__code__, s59_4_1.__code__, s59_4_2.__code__, s59_4_3.__code__))


def s59_5_0(x, y, z):
    return 1 if x in (1,) or None else 2


def s59_5_1(x, y, z):
    pass
    return 1 if x in (1,) or None else 2


def s59_5_2(x, y, z):
    pass
    pass
    return 1 if x in (1,) or None else 2


def s59_5_3(x, y, z):
    pass
    pass
    pass
    return 1 if x in (1,) or None else 2


print('x in (1,) or None', 'ifexp', units(s59_5_0.__code__, s59_5_1.__code__, s59_5_2.__code__, s59_5_3.__code__))


def s59_6_0(x, y, z):
    return [a for a in (x, y, z) if x in (1,) or None]


def s59_6_1(x, y, z):
    pass
    return [a for a in (x, y, z) if x in (1,) or None]


def s59_6_2(x, y, z):
    pass
    pass
    return [a for a in (x, y, z) if x in (1,) or None]


def s59_6_3(x, y, z):
    pass
    pass
    pass
    return [a for a in (x, y, z) if x in (1,) or None]


print('x in (1,) or None', 'comp', units(s59_6_0.__code__, s59_6_1.__code__, s59_6_2.__code__, s59_6_3.__code__))


def s59_7_0(x, y, z):
    return x in (1,) or None


def s59_7_1(x, y, z):
    pass
    return x in (1,) or None


def s59_7_2(x, y, z):
    pass
    pass
    return x in (1,) or None


def s59_7_3(x, y, z):
    pass
    pass
    pass
    return x in (1,) or None


print('x in (1,) or None', 'value', units(s59_7_0.__code__, s59_7_1.__code__, s59_7_2.__code__, s59_7_3.__code__))

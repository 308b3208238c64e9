"""What conditions in every jump context compute (written by gen-jumps.py)."""
ARGS = [(None, None, None), (0, 1, 2), (1, 2, 3), (1, 1, 0), (2, None, 1), (3, 2, 1), ('', 0, None)]


def run(f):
    r = []
    for a in ARGS:
        try:
            r.append(f(*a))
        except Exception as e:
            r.append(type(e).__name__)
    return r


def v0_0(x, y, z):
    if x:
        return 1
    return 2
print('x', 'if', run(v0_0))


def v0_1(x, y, z):
    if x:
        return 1
    elif not x:
        return 3
    else:
        return 2
print('x', 'elif', run(v0_1))


def v0_2(x, y, z):
    if x:
        x = 1
    else:
        x = 2
print('x', 'ifend', run(v0_2))


def v0_3(x, y, z):
    n = 0
    while x:
        n += 1
        if n > 2:
            break
    return n
print('x', 'while', run(v0_3))


def v0_4(x, y, z):
    assert x, 'no'
print('x', 'assert', run(v0_4))


def v0_5(x, y, z):
    return 1 if x else 2
print('x', 'ifexp', run(v0_5))


def v0_6(x, y, z):
    return [a for a in (x, y, z) if x]
print('x', 'comp', run(v0_6))


def v0_7(x, y, z):
    return x
print('x', 'value', run(v0_7))


def v1_0(x, y, z):
    if not x:
        return 1
    return 2
print('not x', 'if', run(v1_0))


def v1_1(x, y, z):
    if not x:
        return 1
    elif not not x:
        return 3
    else:
        return 2
print('not x', 'elif', run(v1_1))


def v1_2(x, y, z):
    if not x:
        x = 1
    else:
        x = 2
print('not x', 'ifend', run(v1_2))


def v1_3(x, y, z):
    n = 0
    while not x:
        n += 1
        if n > 2:
            break
    return n
print('not x', 'while', run(v1_3))


def v1_4(x, y, z):
    assert not x, 'no'
print('not x', 'assert', run(v1_4))


def v1_5(x, y, z):
    return 1 if not x else 2
print('not x', 'ifexp', run(v1_5))


def v1_6(x, y, z):
    return [a for a in (x, y, z) if not x]
print('not x', 'comp', run(v1_6))


def v1_7(x, y, z):
    return not x
print('not x', 'value', run(v1_7))


def v2_0(x, y, z):
    if not not x:
        return 1
    return 2
print('not not x', 'if', run(v2_0))


def v2_1(x, y, z):
    if not not x:
        return 1
    elif not not not x:
        return 3
    else:
        return 2
print('not not x', 'elif', run(v2_1))


def v2_2(x, y, z):
    if not not x:
        x = 1
    else:
        x = 2
print('not not x', 'ifend', run(v2_2))


def v2_3(x, y, z):
    n = 0
    while not not x:
        n += 1
        if n > 2:
            break
    return n
print('not not x', 'while', run(v2_3))


def v2_4(x, y, z):
    assert not not x, 'no'
print('not not x', 'assert', run(v2_4))


def v2_5(x, y, z):
    return 1 if not not x else 2
print('not not x', 'ifexp', run(v2_5))


def v2_6(x, y, z):
    return [a for a in (x, y, z) if not not x]
print('not not x', 'comp', run(v2_6))


def v2_7(x, y, z):
    return not not x
print('not not x', 'value', run(v2_7))


def v3_0(x, y, z):
    if x is None:
        return 1
    return 2
print('x is None', 'if', run(v3_0))


def v3_1(x, y, z):
    if x is None:
        return 1
    elif not x is None:
        return 3
    else:
        return 2
print('x is None', 'elif', run(v3_1))


def v3_2(x, y, z):
    if x is None:
        x = 1
    else:
        x = 2
print('x is None', 'ifend', run(v3_2))


def v3_3(x, y, z):
    n = 0
    while x is None:
        n += 1
        if n > 2:
            break
    return n
print('x is None', 'while', run(v3_3))


def v3_4(x, y, z):
    assert x is None, 'no'
print('x is None', 'assert', run(v3_4))


def v3_5(x, y, z):
    return 1 if x is None else 2
print('x is None', 'ifexp', run(v3_5))


def v3_6(x, y, z):
    return [a for a in (x, y, z) if x is None]
print('x is None', 'comp', run(v3_6))


def v3_7(x, y, z):
    return x is None
print('x is None', 'value', run(v3_7))


def v4_0(x, y, z):
    if x is not None:
        return 1
    return 2
print('x is not None', 'if', run(v4_0))


def v4_1(x, y, z):
    if x is not None:
        return 1
    elif not x is not None:
        return 3
    else:
        return 2
print('x is not None', 'elif', run(v4_1))


def v4_2(x, y, z):
    if x is not None:
        x = 1
    else:
        x = 2
print('x is not None', 'ifend', run(v4_2))


def v4_3(x, y, z):
    n = 0
    while x is not None:
        n += 1
        if n > 2:
            break
    return n
print('x is not None', 'while', run(v4_3))


def v4_4(x, y, z):
    assert x is not None, 'no'
print('x is not None', 'assert', run(v4_4))


def v4_5(x, y, z):
    return 1 if x is not None else 2
print('x is not None', 'ifexp', run(v4_5))


def v4_6(x, y, z):
    return [a for a in (x, y, z) if x is not None]
print('x is not None', 'comp', run(v4_6))


def v4_7(x, y, z):
    return x is not None
print('x is not None', 'value', run(v4_7))


def v5_0(x, y, z):
    if not x is None:
        return 1
    return 2
print('not x is None', 'if', run(v5_0))


def v5_1(x, y, z):
    if not x is None:
        return 1
    elif not not x is None:
        return 3
    else:
        return 2
print('not x is None', 'elif', run(v5_1))


def v5_2(x, y, z):
    if not x is None:
        x = 1
    else:
        x = 2
print('not x is None', 'ifend', run(v5_2))


def v5_3(x, y, z):
    n = 0
    while not x is None:
        n += 1
        if n > 2:
            break
    return n
print('not x is None', 'while', run(v5_3))


def v5_4(x, y, z):
    assert not x is None, 'no'
print('not x is None', 'assert', run(v5_4))


def v5_5(x, y, z):
    return 1 if not x is None else 2
print('not x is None', 'ifexp', run(v5_5))


def v5_6(x, y, z):
    return [a for a in (x, y, z) if not x is None]
print('not x is None', 'comp', run(v5_6))


def v5_7(x, y, z):
    return not x is None
print('not x is None', 'value', run(v5_7))


def v6_0(x, y, z):
    if not (x is None):
        return 1
    return 2
print('not (x is None)', 'if', run(v6_0))


def v6_1(x, y, z):
    if not (x is None):
        return 1
    elif not not (x is None):
        return 3
    else:
        return 2
print('not (x is None)', 'elif', run(v6_1))


def v6_2(x, y, z):
    if not (x is None):
        x = 1
    else:
        x = 2
print('not (x is None)', 'ifend', run(v6_2))


def v6_3(x, y, z):
    n = 0
    while not (x is None):
        n += 1
        if n > 2:
            break
    return n
print('not (x is None)', 'while', run(v6_3))


def v6_4(x, y, z):
    assert not (x is None), 'no'
print('not (x is None)', 'assert', run(v6_4))


def v6_5(x, y, z):
    return 1 if not (x is None) else 2
print('not (x is None)', 'ifexp', run(v6_5))


def v6_6(x, y, z):
    return [a for a in (x, y, z) if not (x is None)]
print('not (x is None)', 'comp', run(v6_6))


def v6_7(x, y, z):
    return not (x is None)
print('not (x is None)', 'value', run(v6_7))


def v7_0(x, y, z):
    if None is x:
        return 1
    return 2
print('None is x', 'if', run(v7_0))


def v7_1(x, y, z):
    if None is x:
        return 1
    elif not None is x:
        return 3
    else:
        return 2
print('None is x', 'elif', run(v7_1))


def v7_2(x, y, z):
    if None is x:
        x = 1
    else:
        x = 2
print('None is x', 'ifend', run(v7_2))


def v7_3(x, y, z):
    n = 0
    while None is x:
        n += 1
        if n > 2:
            break
    return n
print('None is x', 'while', run(v7_3))


def v7_4(x, y, z):
    assert None is x, 'no'
print('None is x', 'assert', run(v7_4))


def v7_5(x, y, z):
    return 1 if None is x else 2
print('None is x', 'ifexp', run(v7_5))


def v7_6(x, y, z):
    return [a for a in (x, y, z) if None is x]
print('None is x', 'comp', run(v7_6))


def v7_7(x, y, z):
    return None is x
print('None is x', 'value', run(v7_7))


def v8_0(x, y, z):
    if x == 1:
        return 1
    return 2
print('x == 1', 'if', run(v8_0))


def v8_1(x, y, z):
    if x == 1:
        return 1
    elif not x == 1:
        return 3
    else:
        return 2
print('x == 1', 'elif', run(v8_1))


def v8_2(x, y, z):
    if x == 1:
        x = 1
    else:
        x = 2
print('x == 1', 'ifend', run(v8_2))


def v8_3(x, y, z):
    n = 0
    while x == 1:
        n += 1
        if n > 2:
            break
    return n
print('x == 1', 'while', run(v8_3))


def v8_4(x, y, z):
    assert x == 1, 'no'
print('x == 1', 'assert', run(v8_4))


def v8_5(x, y, z):
    return 1 if x == 1 else 2
print('x == 1', 'ifexp', run(v8_5))


def v8_6(x, y, z):
    return [a for a in (x, y, z) if x == 1]
print('x == 1', 'comp', run(v8_6))


def v8_7(x, y, z):
    return x == 1
print('x == 1', 'value', run(v8_7))


def v9_0(x, y, z):
    if x != y:
        return 1
    return 2
print('x != y', 'if', run(v9_0))


def v9_1(x, y, z):
    if x != y:
        return 1
    elif not x != y:
        return 3
    else:
        return 2
print('x != y', 'elif', run(v9_1))


def v9_2(x, y, z):
    if x != y:
        x = 1
    else:
        x = 2
print('x != y', 'ifend', run(v9_2))


def v9_3(x, y, z):
    n = 0
    while x != y:
        n += 1
        if n > 2:
            break
    return n
print('x != y', 'while', run(v9_3))


def v9_4(x, y, z):
    assert x != y, 'no'
print('x != y', 'assert', run(v9_4))


def v9_5(x, y, z):
    return 1 if x != y else 2
print('x != y', 'ifexp', run(v9_5))


def v9_6(x, y, z):
    return [a for a in (x, y, z) if x != y]
print('x != y', 'comp', run(v9_6))


def v9_7(x, y, z):
    return x != y
print('x != y', 'value', run(v9_7))


def v10_0(x, y, z):
    if not x == 1:
        return 1
    return 2
print('not x == 1', 'if', run(v10_0))


def v10_1(x, y, z):
    if not x == 1:
        return 1
    elif not not x == 1:
        return 3
    else:
        return 2
print('not x == 1', 'elif', run(v10_1))


def v10_2(x, y, z):
    if not x == 1:
        x = 1
    else:
        x = 2
print('not x == 1', 'ifend', run(v10_2))


def v10_3(x, y, z):
    n = 0
    while not x == 1:
        n += 1
        if n > 2:
            break
    return n
print('not x == 1', 'while', run(v10_3))


def v10_4(x, y, z):
    assert not x == 1, 'no'
print('not x == 1', 'assert', run(v10_4))


def v10_5(x, y, z):
    return 1 if not x == 1 else 2
print('not x == 1', 'ifexp', run(v10_5))


def v10_6(x, y, z):
    return [a for a in (x, y, z) if not x == 1]
print('not x == 1', 'comp', run(v10_6))


def v10_7(x, y, z):
    return not x == 1
print('not x == 1', 'value', run(v10_7))


def v11_0(x, y, z):
    if x < y < z:
        return 1
    return 2
print('x < y < z', 'if', run(v11_0))


def v11_1(x, y, z):
    if x < y < z:
        return 1
    elif not x < y < z:
        return 3
    else:
        return 2
print('x < y < z', 'elif', run(v11_1))


def v11_2(x, y, z):
    if x < y < z:
        x = 1
    else:
        x = 2
print('x < y < z', 'ifend', run(v11_2))


def v11_3(x, y, z):
    n = 0
    while x < y < z:
        n += 1
        if n > 2:
            break
    return n
print('x < y < z', 'while', run(v11_3))


def v11_4(x, y, z):
    assert x < y < z, 'no'
print('x < y < z', 'assert', run(v11_4))


def v11_5(x, y, z):
    return 1 if x < y < z else 2
print('x < y < z', 'ifexp', run(v11_5))


def v11_6(x, y, z):
    return [a for a in (x, y, z) if x < y < z]
print('x < y < z', 'comp', run(v11_6))


def v11_7(x, y, z):
    return x < y < z
print('x < y < z', 'value', run(v11_7))


def v12_0(x, y, z):
    if not x < y < z:
        return 1
    return 2
print('not x < y < z', 'if', run(v12_0))


def v12_1(x, y, z):
    if not x < y < z:
        return 1
    elif not not x < y < z:
        return 3
    else:
        return 2
print('not x < y < z', 'elif', run(v12_1))


def v12_2(x, y, z):
    if not x < y < z:
        x = 1
    else:
        x = 2
print('not x < y < z', 'ifend', run(v12_2))


def v12_3(x, y, z):
    n = 0
    while not x < y < z:
        n += 1
        if n > 2:
            break
    return n
print('not x < y < z', 'while', run(v12_3))


def v12_4(x, y, z):
    assert not x < y < z, 'no'
print('not x < y < z', 'assert', run(v12_4))


def v12_5(x, y, z):
    return 1 if not x < y < z else 2
print('not x < y < z', 'ifexp', run(v12_5))


def v12_6(x, y, z):
    return [a for a in (x, y, z) if not x < y < z]
print('not x < y < z', 'comp', run(v12_6))


def v12_7(x, y, z):
    return not x < y < z
print('not x < y < z', 'value', run(v12_7))


def v13_0(x, y, z):
    if x < y <= z < 3:
        return 1
    return 2
print('x < y <= z < 3', 'if', run(v13_0))


def v13_1(x, y, z):
    if x < y <= z < 3:
        return 1
    elif not x < y <= z < 3:
        return 3
    else:
        return 2
print('x < y <= z < 3', 'elif', run(v13_1))


def v13_2(x, y, z):
    if x < y <= z < 3:
        x = 1
    else:
        x = 2
print('x < y <= z < 3', 'ifend', run(v13_2))


def v13_3(x, y, z):
    n = 0
    while x < y <= z < 3:
        n += 1
        if n > 2:
            break
    return n
print('x < y <= z < 3', 'while', run(v13_3))


def v13_4(x, y, z):
    assert x < y <= z < 3, 'no'
print('x < y <= z < 3', 'assert', run(v13_4))


def v13_5(x, y, z):
    return 1 if x < y <= z < 3 else 2
print('x < y <= z < 3', 'ifexp', run(v13_5))


def v13_6(x, y, z):
    return [a for a in (x, y, z) if x < y <= z < 3]
print('x < y <= z < 3', 'comp', run(v13_6))


def v13_7(x, y, z):
    return x < y <= z < 3
print('x < y <= z < 3', 'value', run(v13_7))


def v14_0(x, y, z):
    if x and y:
        return 1
    return 2
print('x and y', 'if', run(v14_0))


def v14_1(x, y, z):
    if x and y:
        return 1
    elif not x and y:
        return 3
    else:
        return 2
print('x and y', 'elif', run(v14_1))


def v14_2(x, y, z):
    if x and y:
        x = 1
    else:
        x = 2
print('x and y', 'ifend', run(v14_2))


def v14_3(x, y, z):
    n = 0
    while x and y:
        n += 1
        if n > 2:
            break
    return n
print('x and y', 'while', run(v14_3))


def v14_4(x, y, z):
    assert x and y, 'no'
print('x and y', 'assert', run(v14_4))


def v14_5(x, y, z):
    return 1 if x and y else 2
print('x and y', 'ifexp', run(v14_5))


def v14_6(x, y, z):
    return [a for a in (x, y, z) if x and y]
print('x and y', 'comp', run(v14_6))


def v14_7(x, y, z):
    return x and y
print('x and y', 'value', run(v14_7))


def v15_0(x, y, z):
    if x or y:
        return 1
    return 2
print('x or y', 'if', run(v15_0))


def v15_1(x, y, z):
    if x or y:
        return 1
    elif not x or y:
        return 3
    else:
        return 2
print('x or y', 'elif', run(v15_1))


def v15_2(x, y, z):
    if x or y:
        x = 1
    else:
        x = 2
print('x or y', 'ifend', run(v15_2))


def v15_3(x, y, z):
    n = 0
    while x or y:
        n += 1
        if n > 2:
            break
    return n
print('x or y', 'while', run(v15_3))


def v15_4(x, y, z):
    assert x or y, 'no'
print('x or y', 'assert', run(v15_4))


def v15_5(x, y, z):
    return 1 if x or y else 2
print('x or y', 'ifexp', run(v15_5))


def v15_6(x, y, z):
    return [a for a in (x, y, z) if x or y]
print('x or y', 'comp', run(v15_6))


def v15_7(x, y, z):
    return x or y
print('x or y', 'value', run(v15_7))


def v16_0(x, y, z):
    if not (x and y):
        return 1
    return 2
print('not (x and y)', 'if', run(v16_0))


def v16_1(x, y, z):
    if not (x and y):
        return 1
    elif not not (x and y):
        return 3
    else:
        return 2
print('not (x and y)', 'elif', run(v16_1))


def v16_2(x, y, z):
    if not (x and y):
        x = 1
    else:
        x = 2
print('not (x and y)', 'ifend', run(v16_2))


def v16_3(x, y, z):
    n = 0
    while not (x and y):
        n += 1
        if n > 2:
            break
    return n
print('not (x and y)', 'while', run(v16_3))


def v16_4(x, y, z):
    assert not (x and y), 'no'
print('not (x and y)', 'assert', run(v16_4))


def v16_5(x, y, z):
    return 1 if not (x and y) else 2
print('not (x and y)', 'ifexp', run(v16_5))


def v16_6(x, y, z):
    return [a for a in (x, y, z) if not (x and y)]
print('not (x and y)', 'comp', run(v16_6))


def v16_7(x, y, z):
    return not (x and y)
print('not (x and y)', 'value', run(v16_7))


def v17_0(x, y, z):
    if not (x or y):
        return 1
    return 2
print('not (x or y)', 'if', run(v17_0))


def v17_1(x, y, z):
    if not (x or y):
        return 1
    elif not not (x or y):
        return 3
    else:
        return 2
print('not (x or y)', 'elif', run(v17_1))


def v17_2(x, y, z):
    if not (x or y):
        x = 1
    else:
        x = 2
print('not (x or y)', 'ifend', run(v17_2))


def v17_3(x, y, z):
    n = 0
    while not (x or y):
        n += 1
        if n > 2:
            break
    return n
print('not (x or y)', 'while', run(v17_3))


def v17_4(x, y, z):
    assert not (x or y), 'no'
print('not (x or y)', 'assert', run(v17_4))


def v17_5(x, y, z):
    return 1 if not (x or y) else 2
print('not (x or y)', 'ifexp', run(v17_5))


def v17_6(x, y, z):
    return [a for a in (x, y, z) if not (x or y)]
print('not (x or y)', 'comp', run(v17_6))


def v17_7(x, y, z):
    return not (x or y)
print('not (x or y)', 'value', run(v17_7))


def v18_0(x, y, z):
    if x and not y:
        return 1
    return 2
print('x and not y', 'if', run(v18_0))


def v18_1(x, y, z):
    if x and not y:
        return 1
    elif not x and not y:
        return 3
    else:
        return 2
print('x and not y', 'elif', run(v18_1))


def v18_2(x, y, z):
    if x and not y:
        x = 1
    else:
        x = 2
print('x and not y', 'ifend', run(v18_2))


def v18_3(x, y, z):
    n = 0
    while x and not y:
        n += 1
        if n > 2:
            break
    return n
print('x and not y', 'while', run(v18_3))


def v18_4(x, y, z):
    assert x and not y, 'no'
print('x and not y', 'assert', run(v18_4))


def v18_5(x, y, z):
    return 1 if x and not y else 2
print('x and not y', 'ifexp', run(v18_5))


def v18_6(x, y, z):
    return [a for a in (x, y, z) if x and not y]
print('x and not y', 'comp', run(v18_6))


def v18_7(x, y, z):
    return x and not y
print('x and not y', 'value', run(v18_7))


def v19_0(x, y, z):
    if x or not y:
        return 1
    return 2
print('x or not y', 'if', run(v19_0))


def v19_1(x, y, z):
    if x or not y:
        return 1
    elif not x or not y:
        return 3
    else:
        return 2
print('x or not y', 'elif', run(v19_1))


def v19_2(x, y, z):
    if x or not y:
        x = 1
    else:
        x = 2
print('x or not y', 'ifend', run(v19_2))


def v19_3(x, y, z):
    n = 0
    while x or not y:
        n += 1
        if n > 2:
            break
    return n
print('x or not y', 'while', run(v19_3))


def v19_4(x, y, z):
    assert x or not y, 'no'
print('x or not y', 'assert', run(v19_4))


def v19_5(x, y, z):
    return 1 if x or not y else 2
print('x or not y', 'ifexp', run(v19_5))


def v19_6(x, y, z):
    return [a for a in (x, y, z) if x or not y]
print('x or not y', 'comp', run(v19_6))


def v19_7(x, y, z):
    return x or not y
print('x or not y', 'value', run(v19_7))


def v20_0(x, y, z):
    if x and y and z:
        return 1
    return 2
print('x and y and z', 'if', run(v20_0))


def v20_1(x, y, z):
    if x and y and z:
        return 1
    elif not x and y and z:
        return 3
    else:
        return 2
print('x and y and z', 'elif', run(v20_1))


def v20_2(x, y, z):
    if x and y and z:
        x = 1
    else:
        x = 2
print('x and y and z', 'ifend', run(v20_2))


def v20_3(x, y, z):
    n = 0
    while x and y and z:
        n += 1
        if n > 2:
            break
    return n
print('x and y and z', 'while', run(v20_3))


def v20_4(x, y, z):
    assert x and y and z, 'no'
print('x and y and z', 'assert', run(v20_4))


def v20_5(x, y, z):
    return 1 if x and y and z else 2
print('x and y and z', 'ifexp', run(v20_5))


def v20_6(x, y, z):
    return [a for a in (x, y, z) if x and y and z]
print('x and y and z', 'comp', run(v20_6))


def v20_7(x, y, z):
    return x and y and z
print('x and y and z', 'value', run(v20_7))


def v21_0(x, y, z):
    if x or y or z:
        return 1
    return 2
print('x or y or z', 'if', run(v21_0))


def v21_1(x, y, z):
    if x or y or z:
        return 1
    elif not x or y or z:
        return 3
    else:
        return 2
print('x or y or z', 'elif', run(v21_1))


def v21_2(x, y, z):
    if x or y or z:
        x = 1
    else:
        x = 2
print('x or y or z', 'ifend', run(v21_2))


def v21_3(x, y, z):
    n = 0
    while x or y or z:
        n += 1
        if n > 2:
            break
    return n
print('x or y or z', 'while', run(v21_3))


def v21_4(x, y, z):
    assert x or y or z, 'no'
print('x or y or z', 'assert', run(v21_4))


def v21_5(x, y, z):
    return 1 if x or y or z else 2
print('x or y or z', 'ifexp', run(v21_5))


def v21_6(x, y, z):
    return [a for a in (x, y, z) if x or y or z]
print('x or y or z', 'comp', run(v21_6))


def v21_7(x, y, z):
    return x or y or z
print('x or y or z', 'value', run(v21_7))


def v22_0(x, y, z):
    if (x and y) or z:
        return 1
    return 2
print('(x and y) or z', 'if', run(v22_0))


def v22_1(x, y, z):
    if (x and y) or z:
        return 1
    elif not (x and y) or z:
        return 3
    else:
        return 2
print('(x and y) or z', 'elif', run(v22_1))


def v22_2(x, y, z):
    if (x and y) or z:
        x = 1
    else:
        x = 2
print('(x and y) or z', 'ifend', run(v22_2))


def v22_3(x, y, z):
    n = 0
    while (x and y) or z:
        n += 1
        if n > 2:
            break
    return n
print('(x and y) or z', 'while', run(v22_3))


def v22_4(x, y, z):
    assert (x and y) or z, 'no'
print('(x and y) or z', 'assert', run(v22_4))


def v22_5(x, y, z):
    return 1 if (x and y) or z else 2
print('(x and y) or z', 'ifexp', run(v22_5))


def v22_6(x, y, z):
    return [a for a in (x, y, z) if (x and y) or z]
print('(x and y) or z', 'comp', run(v22_6))


def v22_7(x, y, z):
    return (x and y) or z
print('(x and y) or z', 'value', run(v22_7))


def v23_0(x, y, z):
    if x and (y or z):
        return 1
    return 2
print('x and (y or z)', 'if', run(v23_0))


def v23_1(x, y, z):
    if x and (y or z):
        return 1
    elif not x and (y or z):
        return 3
    else:
        return 2
print('x and (y or z)', 'elif', run(v23_1))


def v23_2(x, y, z):
    if x and (y or z):
        x = 1
    else:
        x = 2
print('x and (y or z)', 'ifend', run(v23_2))


def v23_3(x, y, z):
    n = 0
    while x and (y or z):
        n += 1
        if n > 2:
            break
    return n
print('x and (y or z)', 'while', run(v23_3))


def v23_4(x, y, z):
    assert x and (y or z), 'no'
print('x and (y or z)', 'assert', run(v23_4))


def v23_5(x, y, z):
    return 1 if x and (y or z) else 2
print('x and (y or z)', 'ifexp', run(v23_5))


def v23_6(x, y, z):
    return [a for a in (x, y, z) if x and (y or z)]
print('x and (y or z)', 'comp', run(v23_6))


def v23_7(x, y, z):
    return x and (y or z)
print('x and (y or z)', 'value', run(v23_7))


def v24_0(x, y, z):
    if (x or y) and z:
        return 1
    return 2
print('(x or y) and z', 'if', run(v24_0))


def v24_1(x, y, z):
    if (x or y) and z:
        return 1
    elif not (x or y) and z:
        return 3
    else:
        return 2
print('(x or y) and z', 'elif', run(v24_1))


def v24_2(x, y, z):
    if (x or y) and z:
        x = 1
    else:
        x = 2
print('(x or y) and z', 'ifend', run(v24_2))


def v24_3(x, y, z):
    n = 0
    while (x or y) and z:
        n += 1
        if n > 2:
            break
    return n
print('(x or y) and z', 'while', run(v24_3))


def v24_4(x, y, z):
    assert (x or y) and z, 'no'
print('(x or y) and z', 'assert', run(v24_4))


def v24_5(x, y, z):
    return 1 if (x or y) and z else 2
print('(x or y) and z', 'ifexp', run(v24_5))


def v24_6(x, y, z):
    return [a for a in (x, y, z) if (x or y) and z]
print('(x or y) and z', 'comp', run(v24_6))


def v24_7(x, y, z):
    return (x or y) and z
print('(x or y) and z', 'value', run(v24_7))


def v25_0(x, y, z):
    if x is None and y:
        return 1
    return 2
print('x is None and y', 'if', run(v25_0))


def v25_1(x, y, z):
    if x is None and y:
        return 1
    elif not x is None and y:
        return 3
    else:
        return 2
print('x is None and y', 'elif', run(v25_1))


def v25_2(x, y, z):
    if x is None and y:
        x = 1
    else:
        x = 2
print('x is None and y', 'ifend', run(v25_2))


def v25_3(x, y, z):
    n = 0
    while x is None and y:
        n += 1
        if n > 2:
            break
    return n
print('x is None and y', 'while', run(v25_3))


def v25_4(x, y, z):
    assert x is None and y, 'no'
print('x is None and y', 'assert', run(v25_4))


def v25_5(x, y, z):
    return 1 if x is None and y else 2
print('x is None and y', 'ifexp', run(v25_5))


def v25_6(x, y, z):
    return [a for a in (x, y, z) if x is None and y]
print('x is None and y', 'comp', run(v25_6))


def v25_7(x, y, z):
    return x is None and y
print('x is None and y', 'value', run(v25_7))


def v26_0(x, y, z):
    if x is not None and y:
        return 1
    return 2
print('x is not None and y', 'if', run(v26_0))


def v26_1(x, y, z):
    if x is not None and y:
        return 1
    elif not x is not None and y:
        return 3
    else:
        return 2
print('x is not None and y', 'elif', run(v26_1))


def v26_2(x, y, z):
    if x is not None and y:
        x = 1
    else:
        x = 2
print('x is not None and y', 'ifend', run(v26_2))


def v26_3(x, y, z):
    n = 0
    while x is not None and y:
        n += 1
        if n > 2:
            break
    return n
print('x is not None and y', 'while', run(v26_3))


def v26_4(x, y, z):
    assert x is not None and y, 'no'
print('x is not None and y', 'assert', run(v26_4))


def v26_5(x, y, z):
    return 1 if x is not None and y else 2
print('x is not None and y', 'ifexp', run(v26_5))


def v26_6(x, y, z):
    return [a for a in (x, y, z) if x is not None and y]
print('x is not None and y', 'comp', run(v26_6))


def v26_7(x, y, z):
    return x is not None and y
print('x is not None and y', 'value', run(v26_7))


def v27_0(x, y, z):
    if x is None or y is None:
        return 1
    return 2
print('x is None or y is None', 'if', run(v27_0))


def v27_1(x, y, z):
    if x is None or y is None:
        return 1
    elif not x is None or y is None:
        return 3
    else:
        return 2
print('x is None or y is None', 'elif', run(v27_1))


def v27_2(x, y, z):
    if x is None or y is None:
        x = 1
    else:
        x = 2
print('x is None or y is None', 'ifend', run(v27_2))


def v27_3(x, y, z):
    n = 0
    while x is None or y is None:
        n += 1
        if n > 2:
            break
    return n
print('x is None or y is None', 'while', run(v27_3))


def v27_4(x, y, z):
    assert x is None or y is None, 'no'
print('x is None or y is None', 'assert', run(v27_4))


def v27_5(x, y, z):
    return 1 if x is None or y is None else 2
print('x is None or y is None', 'ifexp', run(v27_5))


def v27_6(x, y, z):
    return [a for a in (x, y, z) if x is None or y is None]
print('x is None or y is None', 'comp', run(v27_6))


def v27_7(x, y, z):
    return x is None or y is None
print('x is None or y is None', 'value', run(v27_7))


def v28_0(x, y, z):
    if x is not None or y is not None:
        return 1
    return 2
print('x is not None or y is not None', 'if', run(v28_0))


def v28_1(x, y, z):
    if x is not None or y is not None:
        return 1
    elif not x is not None or y is not None:
        return 3
    else:
        return 2
print('x is not None or y is not None', 'elif', run(v28_1))


def v28_2(x, y, z):
    if x is not None or y is not None:
        x = 1
    else:
        x = 2
print('x is not None or y is not None', 'ifend', run(v28_2))


def v28_3(x, y, z):
    n = 0
    while x is not None or y is not None:
        n += 1
        if n > 2:
            break
    return n
print('x is not None or y is not None', 'while', run(v28_3))


def v28_4(x, y, z):
    assert x is not None or y is not None, 'no'
print('x is not None or y is not None', 'assert', run(v28_4))


def v28_5(x, y, z):
    return 1 if x is not None or y is not None else 2
print('x is not None or y is not None', 'ifexp', run(v28_5))


def v28_6(x, y, z):
    return [a for a in (x, y, z) if x is not None or y is not None]
print('x is not None or y is not None', 'comp', run(v28_6))


def v28_7(x, y, z):
    return x is not None or y is not None
print('x is not None or y is not None', 'value', run(v28_7))


def v29_0(x, y, z):
    if x and y is None:
        return 1
    return 2
print('x and y is None', 'if', run(v29_0))


def v29_1(x, y, z):
    if x and y is None:
        return 1
    elif not x and y is None:
        return 3
    else:
        return 2
print('x and y is None', 'elif', run(v29_1))


def v29_2(x, y, z):
    if x and y is None:
        x = 1
    else:
        x = 2
print('x and y is None', 'ifend', run(v29_2))


def v29_3(x, y, z):
    n = 0
    while x and y is None:
        n += 1
        if n > 2:
            break
    return n
print('x and y is None', 'while', run(v29_3))


def v29_4(x, y, z):
    assert x and y is None, 'no'
print('x and y is None', 'assert', run(v29_4))


def v29_5(x, y, z):
    return 1 if x and y is None else 2
print('x and y is None', 'ifexp', run(v29_5))


def v29_6(x, y, z):
    return [a for a in (x, y, z) if x and y is None]
print('x and y is None', 'comp', run(v29_6))


def v29_7(x, y, z):
    return x and y is None
print('x and y is None', 'value', run(v29_7))


def v30_0(x, y, z):
    if not x and y is not None:
        return 1
    return 2
print('not x and y is not None', 'if', run(v30_0))


def v30_1(x, y, z):
    if not x and y is not None:
        return 1
    elif not not x and y is not None:
        return 3
    else:
        return 2
print('not x and y is not None', 'elif', run(v30_1))


def v30_2(x, y, z):
    if not x and y is not None:
        x = 1
    else:
        x = 2
print('not x and y is not None', 'ifend', run(v30_2))


def v30_3(x, y, z):
    n = 0
    while not x and y is not None:
        n += 1
        if n > 2:
            break
    return n
print('not x and y is not None', 'while', run(v30_3))


def v30_4(x, y, z):
    assert not x and y is not None, 'no'
print('not x and y is not None', 'assert', run(v30_4))


def v30_5(x, y, z):
    return 1 if not x and y is not None else 2
print('not x and y is not None', 'ifexp', run(v30_5))


def v30_6(x, y, z):
    return [a for a in (x, y, z) if not x and y is not None]
print('not x and y is not None', 'comp', run(v30_6))


def v30_7(x, y, z):
    return not x and y is not None
print('not x and y is not None', 'value', run(v30_7))


def v31_0(x, y, z):
    if (y if x else z):
        return 1
    return 2
print('(y if x else z)', 'if', run(v31_0))


def v31_1(x, y, z):
    if (y if x else z):
        return 1
    elif not (y if x else z):
        return 3
    else:
        return 2
print('(y if x else z)', 'elif', run(v31_1))


def v31_2(x, y, z):
    if (y if x else z):
        x = 1
    else:
        x = 2
print('(y if x else z)', 'ifend', run(v31_2))


def v31_3(x, y, z):
    n = 0
    while (y if x else z):
        n += 1
        if n > 2:
            break
    return n
print('(y if x else z)', 'while', run(v31_3))


def v31_4(x, y, z):
    assert (y if x else z), 'no'
print('(y if x else z)', 'assert', run(v31_4))


def v31_5(x, y, z):
    return 1 if (y if x else z) else 2
print('(y if x else z)', 'ifexp', run(v31_5))


def v31_6(x, y, z):
    return [a for a in (x, y, z) if (y if x else z)]
print('(y if x else z)', 'comp', run(v31_6))


def v31_7(x, y, z):
    return (y if x else z)
print('(y if x else z)', 'value', run(v31_7))


def v32_0(x, y, z):
    if (y if not x else z):
        return 1
    return 2
print('(y if not x else z)', 'if', run(v32_0))


def v32_1(x, y, z):
    if (y if not x else z):
        return 1
    elif not (y if not x else z):
        return 3
    else:
        return 2
print('(y if not x else z)', 'elif', run(v32_1))


def v32_2(x, y, z):
    if (y if not x else z):
        x = 1
    else:
        x = 2
print('(y if not x else z)', 'ifend', run(v32_2))


def v32_3(x, y, z):
    n = 0
    while (y if not x else z):
        n += 1
        if n > 2:
            break
    return n
print('(y if not x else z)', 'while', run(v32_3))


def v32_4(x, y, z):
    assert (y if not x else z), 'no'
print('(y if not x else z)', 'assert', run(v32_4))


def v32_5(x, y, z):
    return 1 if (y if not x else z) else 2
print('(y if not x else z)', 'ifexp', run(v32_5))


def v32_6(x, y, z):
    return [a for a in (x, y, z) if (y if not x else z)]
print('(y if not x else z)', 'comp', run(v32_6))


def v32_7(x, y, z):
    return (y if not x else z)
print('(y if not x else z)', 'value', run(v32_7))


def v33_0(x, y, z):
    if (x is None if y else z is None):
        return 1
    return 2
print('(x is None if y else z is None)', 'if', run(v33_0))


def v33_1(x, y, z):
    if (x is None if y else z is None):
        return 1
    elif not (x is None if y else z is None):
        return 3
    else:
        return 2
print('(x is None if y else z is None)', 'elif', run(v33_1))


def v33_2(x, y, z):
    if (x is None if y else z is None):
        x = 1
    else:
        x = 2
print('(x is None if y else z is None)', 'ifend', run(v33_2))


def v33_3(x, y, z):
    n = 0
    while (x is None if y else z is None):
        n += 1
        if n > 2:
            break
    return n
print('(x is None if y else z is None)', 'while', run(v33_3))


def v33_4(x, y, z):
    assert (x is None if y else z is None), 'no'
print('(x is None if y else z is None)', 'assert', run(v33_4))


def v33_5(x, y, z):
    return 1 if (x is None if y else z is None) else 2
print('(x is None if y else z is None)', 'ifexp', run(v33_5))


def v33_6(x, y, z):
    return [a for a in (x, y, z) if (x is None if y else z is None)]
print('(x is None if y else z is None)', 'comp', run(v33_6))


def v33_7(x, y, z):
    return (x is None if y else z is None)
print('(x is None if y else z is None)', 'value', run(v33_7))


def v34_0(x, y, z):
    if (y if x is None else z):
        return 1
    return 2
print('(y if x is None else z)', 'if', run(v34_0))


def v34_1(x, y, z):
    if (y if x is None else z):
        return 1
    elif not (y if x is None else z):
        return 3
    else:
        return 2
print('(y if x is None else z)', 'elif', run(v34_1))


def v34_2(x, y, z):
    if (y if x is None else z):
        x = 1
    else:
        x = 2
print('(y if x is None else z)', 'ifend', run(v34_2))


def v34_3(x, y, z):
    n = 0
    while (y if x is None else z):
        n += 1
        if n > 2:
            break
    return n
print('(y if x is None else z)', 'while', run(v34_3))


def v34_4(x, y, z):
    assert (y if x is None else z), 'no'
print('(y if x is None else z)', 'assert', run(v34_4))


def v34_5(x, y, z):
    return 1 if (y if x is None else z) else 2
print('(y if x is None else z)', 'ifexp', run(v34_5))


def v34_6(x, y, z):
    return [a for a in (x, y, z) if (y if x is None else z)]
print('(y if x is None else z)', 'comp', run(v34_6))


def v34_7(x, y, z):
    return (y if x is None else z)
print('(y if x is None else z)', 'value', run(v34_7))


def v35_0(x, y, z):
    if x < y < z and x:
        return 1
    return 2
print('x < y < z and x', 'if', run(v35_0))


def v35_1(x, y, z):
    if x < y < z and x:
        return 1
    elif not x < y < z and x:
        return 3
    else:
        return 2
print('x < y < z and x', 'elif', run(v35_1))


def v35_2(x, y, z):
    if x < y < z and x:
        x = 1
    else:
        x = 2
print('x < y < z and x', 'ifend', run(v35_2))


def v35_3(x, y, z):
    n = 0
    while x < y < z and x:
        n += 1
        if n > 2:
            break
    return n
print('x < y < z and x', 'while', run(v35_3))


def v35_4(x, y, z):
    assert x < y < z and x, 'no'
print('x < y < z and x', 'assert', run(v35_4))


def v35_5(x, y, z):
    return 1 if x < y < z and x else 2
print('x < y < z and x', 'ifexp', run(v35_5))


def v35_6(x, y, z):
    return [a for a in (x, y, z) if x < y < z and x]
print('x < y < z and x', 'comp', run(v35_6))


def v35_7(x, y, z):
    return x < y < z and x
print('x < y < z and x', 'value', run(v35_7))


def v36_0(x, y, z):
    if x or y < z < 3:
        return 1
    return 2
print('x or y < z < 3', 'if', run(v36_0))


def v36_1(x, y, z):
    if x or y < z < 3:
        return 1
    elif not x or y < z < 3:
        return 3
    else:
        return 2
print('x or y < z < 3', 'elif', run(v36_1))


def v36_2(x, y, z):
    if x or y < z < 3:
        x = 1
    else:
        x = 2
print('x or y < z < 3', 'ifend', run(v36_2))


def v36_3(x, y, z):
    n = 0
    while x or y < z < 3:
        n += 1
        if n > 2:
            break
    return n
print('x or y < z < 3', 'while', run(v36_3))


def v36_4(x, y, z):
    assert x or y < z < 3, 'no'
print('x or y < z < 3', 'assert', run(v36_4))


def v36_5(x, y, z):
    return 1 if x or y < z < 3 else 2
print('x or y < z < 3', 'ifexp', run(v36_5))


def v36_6(x, y, z):
    return [a for a in (x, y, z) if x or y < z < 3]
print('x or y < z < 3', 'comp', run(v36_6))


def v36_7(x, y, z):
    return x or y < z < 3
print('x or y < z < 3', 'value', run(v36_7))


def v37_0(x, y, z):
    if (x if y < z < 3 else y):
        return 1
    return 2
print('(x if y < z < 3 else y)', 'if', run(v37_0))


def v37_1(x, y, z):
    if (x if y < z < 3 else y):
        return 1
    elif not (x if y < z < 3 else y):
        return 3
    else:
        return 2
print('(x if y < z < 3 else y)', 'elif', run(v37_1))


def v37_2(x, y, z):
    if (x if y < z < 3 else y):
        x = 1
    else:
        x = 2
print('(x if y < z < 3 else y)', 'ifend', run(v37_2))


def v37_3(x, y, z):
    n = 0
    while (x if y < z < 3 else y):
        n += 1
        if n > 2:
            break
    return n
print('(x if y < z < 3 else y)', 'while', run(v37_3))


def v37_4(x, y, z):
    assert (x if y < z < 3 else y), 'no'
print('(x if y < z < 3 else y)', 'assert', run(v37_4))


def v37_5(x, y, z):
    return 1 if (x if y < z < 3 else y) else 2
print('(x if y < z < 3 else y)', 'ifexp', run(v37_5))


def v37_6(x, y, z):
    return [a for a in (x, y, z) if (x if y < z < 3 else y)]
print('(x if y < z < 3 else y)', 'comp', run(v37_6))


def v37_7(x, y, z):
    return (x if y < z < 3 else y)
print('(x if y < z < 3 else y)', 'value', run(v37_7))


def v38_0(x, y, z):
    if x in (1, 2):
        return 1
    return 2
print('x in (1, 2)', 'if', run(v38_0))


def v38_1(x, y, z):
    if x in (1, 2):
        return 1
    elif not x in (1, 2):
        return 3
    else:
        return 2
print('x in (1, 2)', 'elif', run(v38_1))


def v38_2(x, y, z):
    if x in (1, 2):
        x = 1
    else:
        x = 2
print('x in (1, 2)', 'ifend', run(v38_2))


def v38_3(x, y, z):
    n = 0
    while x in (1, 2):
        n += 1
        if n > 2:
            break
    return n
print('x in (1, 2)', 'while', run(v38_3))


def v38_4(x, y, z):
    assert x in (1, 2), 'no'
print('x in (1, 2)', 'assert', run(v38_4))


def v38_5(x, y, z):
    return 1 if x in (1, 2) else 2
print('x in (1, 2)', 'ifexp', run(v38_5))


def v38_6(x, y, z):
    return [a for a in (x, y, z) if x in (1, 2)]
print('x in (1, 2)', 'comp', run(v38_6))


def v38_7(x, y, z):
    return x in (1, 2)
print('x in (1, 2)', 'value', run(v38_7))


def v39_0(x, y, z):
    if x not in (1, 2):
        return 1
    return 2
print('x not in (1, 2)', 'if', run(v39_0))


def v39_1(x, y, z):
    if x not in (1, 2):
        return 1
    elif not x not in (1, 2):
        return 3
    else:
        return 2
print('x not in (1, 2)', 'elif', run(v39_1))


def v39_2(x, y, z):
    if x not in (1, 2):
        x = 1
    else:
        x = 2
print('x not in (1, 2)', 'ifend', run(v39_2))


def v39_3(x, y, z):
    n = 0
    while x not in (1, 2):
        n += 1
        if n > 2:
            break
    return n
print('x not in (1, 2)', 'while', run(v39_3))


def v39_4(x, y, z):
    assert x not in (1, 2), 'no'
print('x not in (1, 2)', 'assert', run(v39_4))


def v39_5(x, y, z):
    return 1 if x not in (1, 2) else 2
print('x not in (1, 2)', 'ifexp', run(v39_5))


def v39_6(x, y, z):
    return [a for a in (x, y, z) if x not in (1, 2)]
print('x not in (1, 2)', 'comp', run(v39_6))


def v39_7(x, y, z):
    return x not in (1, 2)
print('x not in (1, 2)', 'value', run(v39_7))


def v40_0(x, y, z):
    if not x in (1, 2):
        return 1
    return 2
print('not x in (1, 2)', 'if', run(v40_0))


def v40_1(x, y, z):
    if not x in (1, 2):
        return 1
    elif not not x in (1, 2):
        return 3
    else:
        return 2
print('not x in (1, 2)', 'elif', run(v40_1))


def v40_2(x, y, z):
    if not x in (1, 2):
        x = 1
    else:
        x = 2
print('not x in (1, 2)', 'ifend', run(v40_2))


def v40_3(x, y, z):
    n = 0
    while not x in (1, 2):
        n += 1
        if n > 2:
            break
    return n
print('not x in (1, 2)', 'while', run(v40_3))


def v40_4(x, y, z):
    assert not x in (1, 2), 'no'
print('not x in (1, 2)', 'assert', run(v40_4))


def v40_5(x, y, z):
    return 1 if not x in (1, 2) else 2
print('not x in (1, 2)', 'ifexp', run(v40_5))


def v40_6(x, y, z):
    return [a for a in (x, y, z) if not x in (1, 2)]
print('not x in (1, 2)', 'comp', run(v40_6))


def v40_7(x, y, z):
    return not x in (1, 2)
print('not x in (1, 2)', 'value', run(v40_7))


def v41_0(x, y, z):
    if x is y:
        return 1
    return 2
print('x is y', 'if', run(v41_0))


def v41_1(x, y, z):
    if x is y:
        return 1
    elif not x is y:
        return 3
    else:
        return 2
print('x is y', 'elif', run(v41_1))


def v41_2(x, y, z):
    if x is y:
        x = 1
    else:
        x = 2
print('x is y', 'ifend', run(v41_2))


def v41_3(x, y, z):
    n = 0
    while x is y:
        n += 1
        if n > 2:
            break
    return n
print('x is y', 'while', run(v41_3))


def v41_4(x, y, z):
    assert x is y, 'no'
print('x is y', 'assert', run(v41_4))


def v41_5(x, y, z):
    return 1 if x is y else 2
print('x is y', 'ifexp', run(v41_5))


def v41_6(x, y, z):
    return [a for a in (x, y, z) if x is y]
print('x is y', 'comp', run(v41_6))


def v41_7(x, y, z):
    return x is y
print('x is y', 'value', run(v41_7))


def v42_0(x, y, z):
    if x is not y:
        return 1
    return 2
print('x is not y', 'if', run(v42_0))


def v42_1(x, y, z):
    if x is not y:
        return 1
    elif not x is not y:
        return 3
    else:
        return 2
print('x is not y', 'elif', run(v42_1))


def v42_2(x, y, z):
    if x is not y:
        x = 1
    else:
        x = 2
print('x is not y', 'ifend', run(v42_2))


def v42_3(x, y, z):
    n = 0
    while x is not y:
        n += 1
        if n > 2:
            break
    return n
print('x is not y', 'while', run(v42_3))


def v42_4(x, y, z):
    assert x is not y, 'no'
print('x is not y', 'assert', run(v42_4))


def v42_5(x, y, z):
    return 1 if x is not y else 2
print('x is not y', 'ifexp', run(v42_5))


def v42_6(x, y, z):
    return [a for a in (x, y, z) if x is not y]
print('x is not y', 'comp', run(v42_6))


def v42_7(x, y, z):
    return x is not y
print('x is not y', 'value', run(v42_7))


def v43_0(x, y, z):
    if x == None:
        return 1
    return 2
print('x == None', 'if', run(v43_0))


def v43_1(x, y, z):
    if x == None:
        return 1
    elif not x == None:
        return 3
    else:
        return 2
print('x == None', 'elif', run(v43_1))


def v43_2(x, y, z):
    if x == None:
        x = 1
    else:
        x = 2
print('x == None', 'ifend', run(v43_2))


def v43_3(x, y, z):
    n = 0
    while x == None:
        n += 1
        if n > 2:
            break
    return n
print('x == None', 'while', run(v43_3))


def v43_4(x, y, z):
    assert x == None, 'no'
print('x == None', 'assert', run(v43_4))


def v43_5(x, y, z):
    return 1 if x == None else 2
print('x == None', 'ifexp', run(v43_5))


def v43_6(x, y, z):
    return [a for a in (x, y, z) if x == None]
print('x == None', 'comp', run(v43_6))


def v43_7(x, y, z):
    return x == None
print('x == None', 'value', run(v43_7))


def v44_0(x, y, z):
    if x and y or z and x:
        return 1
    return 2
print('x and y or z and x', 'if', run(v44_0))


def v44_1(x, y, z):
    if x and y or z and x:
        return 1
    elif not x and y or z and x:
        return 3
    else:
        return 2
print('x and y or z and x', 'elif', run(v44_1))


def v44_2(x, y, z):
    if x and y or z and x:
        x = 1
    else:
        x = 2
print('x and y or z and x', 'ifend', run(v44_2))


def v44_3(x, y, z):
    n = 0
    while x and y or z and x:
        n += 1
        if n > 2:
            break
    return n
print('x and y or z and x', 'while', run(v44_3))


def v44_4(x, y, z):
    assert x and y or z and x, 'no'
print('x and y or z and x', 'assert', run(v44_4))


def v44_5(x, y, z):
    return 1 if x and y or z and x else 2
print('x and y or z and x', 'ifexp', run(v44_5))


def v44_6(x, y, z):
    return [a for a in (x, y, z) if x and y or z and x]
print('x and y or z and x', 'comp', run(v44_6))


def v44_7(x, y, z):
    return x and y or z and x
print('x and y or z and x', 'value', run(v44_7))


def v45_0(x, y, z):
    if not (x and y or z):
        return 1
    return 2
print('not (x and y or z)', 'if', run(v45_0))


def v45_1(x, y, z):
    if not (x and y or z):
        return 1
    elif not not (x and y or z):
        return 3
    else:
        return 2
print('not (x and y or z)', 'elif', run(v45_1))


def v45_2(x, y, z):
    if not (x and y or z):
        x = 1
    else:
        x = 2
print('not (x and y or z)', 'ifend', run(v45_2))


def v45_3(x, y, z):
    n = 0
    while not (x and y or z):
        n += 1
        if n > 2:
            break
    return n
print('not (x and y or z)', 'while', run(v45_3))


def v45_4(x, y, z):
    assert not (x and y or z), 'no'
print('not (x and y or z)', 'assert', run(v45_4))


def v45_5(x, y, z):
    return 1 if not (x and y or z) else 2
print('not (x and y or z)', 'ifexp', run(v45_5))


def v45_6(x, y, z):
    return [a for a in (x, y, z) if not (x and y or z)]
print('not (x and y or z)', 'comp', run(v45_6))


def v45_7(x, y, z):
    return not (x and y or z)
print('not (x and y or z)', 'value', run(v45_7))


def v46_0(x, y, z):
    if (x or y) and (y or z):
        return 1
    return 2
print('(x or y) and (y or z)', 'if', run(v46_0))


def v46_1(x, y, z):
    if (x or y) and (y or z):
        return 1
    elif not (x or y) and (y or z):
        return 3
    else:
        return 2
print('(x or y) and (y or z)', 'elif', run(v46_1))


def v46_2(x, y, z):
    if (x or y) and (y or z):
        x = 1
    else:
        x = 2
print('(x or y) and (y or z)', 'ifend', run(v46_2))


def v46_3(x, y, z):
    n = 0
    while (x or y) and (y or z):
        n += 1
        if n > 2:
            break
    return n
print('(x or y) and (y or z)', 'while', run(v46_3))


def v46_4(x, y, z):
    assert (x or y) and (y or z), 'no'
print('(x or y) and (y or z)', 'assert', run(v46_4))


def v46_5(x, y, z):
    return 1 if (x or y) and (y or z) else 2
print('(x or y) and (y or z)', 'ifexp', run(v46_5))


def v46_6(x, y, z):
    return [a for a in (x, y, z) if (x or y) and (y or z)]
print('(x or y) and (y or z)', 'comp', run(v46_6))


def v46_7(x, y, z):
    return (x or y) and (y or z)
print('(x or y) and (y or z)', 'value', run(v46_7))


def v47_0(x, y, z):
    if -x:
        return 1
    return 2
print('-x', 'if', run(v47_0))


def v47_1(x, y, z):
    if -x:
        return 1
    elif not -x:
        return 3
    else:
        return 2
print('-x', 'elif', run(v47_1))


def v47_2(x, y, z):
    if -x:
        x = 1
    else:
        x = 2
print('-x', 'ifend', run(v47_2))


def v47_3(x, y, z):
    n = 0
    while -x:
        n += 1
        if n > 2:
            break
    return n
print('-x', 'while', run(v47_3))


def v47_4(x, y, z):
    assert -x, 'no'
print('-x', 'assert', run(v47_4))


def v47_5(x, y, z):
    return 1 if -x else 2
print('-x', 'ifexp', run(v47_5))


def v47_6(x, y, z):
    return [a for a in (x, y, z) if -x]
print('-x', 'comp', run(v47_6))


def v47_7(x, y, z):
    return -x
print('-x', 'value', run(v47_7))


def v48_0(x, y, z):
    if x + 1:
        return 1
    return 2
print('x + 1', 'if', run(v48_0))


def v48_1(x, y, z):
    if x + 1:
        return 1
    elif not x + 1:
        return 3
    else:
        return 2
print('x + 1', 'elif', run(v48_1))


def v48_2(x, y, z):
    if x + 1:
        x = 1
    else:
        x = 2
print('x + 1', 'ifend', run(v48_2))


def v48_3(x, y, z):
    n = 0
    while x + 1:
        n += 1
        if n > 2:
            break
    return n
print('x + 1', 'while', run(v48_3))


def v48_4(x, y, z):
    assert x + 1, 'no'
print('x + 1', 'assert', run(v48_4))


def v48_5(x, y, z):
    return 1 if x + 1 else 2
print('x + 1', 'ifexp', run(v48_5))


def v48_6(x, y, z):
    return [a for a in (x, y, z) if x + 1]
print('x + 1', 'comp', run(v48_6))


def v48_7(x, y, z):
    return x + 1
print('x + 1', 'value', run(v48_7))


def v49_0(x, y, z):
    if True:
        return 1
    return 2
print('True', 'if', run(v49_0))


def v49_1(x, y, z):
    if True:
        return 1
    elif not True:
        return 3
    else:
        return 2
print('True', 'elif', run(v49_1))


def v49_2(x, y, z):
    if True:
        x = 1
    else:
        x = 2
print('True', 'ifend', run(v49_2))


def v49_3(x, y, z):
    n = 0
    while True:
        n += 1
        if n > 2:
            break
    return n
print('True', 'while', run(v49_3))


def v49_4(x, y, z):
    assert True, 'no'
print('True', 'assert', run(v49_4))


def v49_5(x, y, z):
    return 1 if True else 2
print('True', 'ifexp', run(v49_5))


def v49_6(x, y, z):
    return [a for a in (x, y, z) if True]
print('True', 'comp', run(v49_6))


def v49_7(x, y, z):
    return True
print('True', 'value', run(v49_7))


def v50_0(x, y, z):
    if 0:
        return 1
    return 2
print('0', 'if', run(v50_0))


def v50_1(x, y, z):
    if 0:
        return 1
    elif not 0:
        return 3
    else:
        return 2
print('0', 'elif', run(v50_1))


def v50_2(x, y, z):
    if 0:
        x = 1
    else:
        x = 2
print('0', 'ifend', run(v50_2))


def v50_3(x, y, z):
    n = 0
    while 0:
        n += 1
        if n > 2:
            break
    return n
print('0', 'while', run(v50_3))


def v50_4(x, y, z):
    assert 0, 'no'
print('0', 'assert', run(v50_4))


def v50_5(x, y, z):
    return 1 if 0 else 2
print('0', 'ifexp', run(v50_5))


def v50_6(x, y, z):
    return [a for a in (x, y, z) if 0]
print('0', 'comp', run(v50_6))


def v50_7(x, y, z):
    return 0
print('0', 'value', run(v50_7))


def v51_0(x, y, z):
    if None:
        return 1
    return 2
print('None', 'if', run(v51_0))


def v51_1(x, y, z):
    if None:
        return 1
    elif not None:
        return 3
    else:
        return 2
print('None', 'elif', run(v51_1))


def v51_2(x, y, z):
    if None:
        x = 1
    else:
        x = 2
print('None', 'ifend', run(v51_2))


def v51_3(x, y, z):
    n = 0
    while None:
        n += 1
        if n > 2:
            break
    return n
print('None', 'while', run(v51_3))


def v51_4(x, y, z):
    assert None, 'no'
print('None', 'assert', run(v51_4))


def v51_5(x, y, z):
    return 1 if None else 2
print('None', 'ifexp', run(v51_5))


def v51_6(x, y, z):
    return [a for a in (x, y, z) if None]
print('None', 'comp', run(v51_6))


def v51_7(x, y, z):
    return None
print('None', 'value', run(v51_7))


def v52_0(x, y, z):
    if not 1:
        return 1
    return 2
print('not 1', 'if', run(v52_0))


def v52_1(x, y, z):
    if not 1:
        return 1
    elif not not 1:
        return 3
    else:
        return 2
print('not 1', 'elif', run(v52_1))


def v52_2(x, y, z):
    if not 1:
        x = 1
    else:
        x = 2
print('not 1', 'ifend', run(v52_2))


def v52_3(x, y, z):
    n = 0
    while not 1:
        n += 1
        if n > 2:
            break
    return n
print('not 1', 'while', run(v52_3))


def v52_4(x, y, z):
    assert not 1, 'no'
print('not 1', 'assert', run(v52_4))


def v52_5(x, y, z):
    return 1 if not 1 else 2
print('not 1', 'ifexp', run(v52_5))


def v52_6(x, y, z):
    return [a for a in (x, y, z) if not 1]
print('not 1', 'comp', run(v52_6))


def v52_7(x, y, z):
    return not 1
print('not 1', 'value', run(v52_7))


def v53_0(x, y, z):
    if '':
        return 1
    return 2
print("''", 'if', run(v53_0))


def v53_1(x, y, z):
    if '':
        return 1
    elif not '':
        return 3
    else:
        return 2
print("''", 'elif', run(v53_1))


def v53_2(x, y, z):
    if '':
        x = 1
    else:
        x = 2
print("''", 'ifend', run(v53_2))


def v53_3(x, y, z):
    n = 0
    while '':
        n += 1
        if n > 2:
            break
    return n
print("''", 'while', run(v53_3))


def v53_4(x, y, z):
    assert '', 'no'
print("''", 'assert', run(v53_4))


def v53_5(x, y, z):
    return 1 if '' else 2
print("''", 'ifexp', run(v53_5))


def v53_6(x, y, z):
    return [a for a in (x, y, z) if '']
print("''", 'comp', run(v53_6))


def v53_7(x, y, z):
    return ''
print("''", 'value', run(v53_7))


def v54_0(x, y, z):
    if x is None is y:
        return 1
    return 2
print('x is None is y', 'if', run(v54_0))


def v54_1(x, y, z):
    if x is None is y:
        return 1
    elif not x is None is y:
        return 3
    else:
        return 2
print('x is None is y', 'elif', run(v54_1))


def v54_2(x, y, z):
    if x is None is y:
        x = 1
    else:
        x = 2
print('x is None is y', 'ifend', run(v54_2))


def v54_3(x, y, z):
    n = 0
    while x is None is y:
        n += 1
        if n > 2:
            break
    return n
print('x is None is y', 'while', run(v54_3))


def v54_4(x, y, z):
    assert x is None is y, 'no'
print('x is None is y', 'assert', run(v54_4))


def v54_5(x, y, z):
    return 1 if x is None is y else 2
print('x is None is y', 'ifexp', run(v54_5))


def v54_6(x, y, z):
    return [a for a in (x, y, z) if x is None is y]
print('x is None is y', 'comp', run(v54_6))


def v54_7(x, y, z):
    return x is None is y
print('x is None is y', 'value', run(v54_7))


def v55_0(x, y, z):
    if (x or y) is None:
        return 1
    return 2
print('(x or y) is None', 'if', run(v55_0))


def v55_1(x, y, z):
    if (x or y) is None:
        return 1
    elif not (x or y) is None:
        return 3
    else:
        return 2
print('(x or y) is None', 'elif', run(v55_1))


def v55_2(x, y, z):
    if (x or y) is None:
        x = 1
    else:
        x = 2
print('(x or y) is None', 'ifend', run(v55_2))


def v55_3(x, y, z):
    n = 0
    while (x or y) is None:
        n += 1
        if n > 2:
            break
    return n
print('(x or y) is None', 'while', run(v55_3))


def v55_4(x, y, z):
    assert (x or y) is None, 'no'
print('(x or y) is None', 'assert', run(v55_4))


def v55_5(x, y, z):
    return 1 if (x or y) is None else 2
print('(x or y) is None', 'ifexp', run(v55_5))


def v55_6(x, y, z):
    return [a for a in (x, y, z) if (x or y) is None]
print('(x or y) is None', 'comp', run(v55_6))


def v55_7(x, y, z):
    return (x or y) is None
print('(x or y) is None', 'value', run(v55_7))


def v56_0(x, y, z):
    if not (x < y) or z:
        return 1
    return 2
print('not (x < y) or z', 'if', run(v56_0))


def v56_1(x, y, z):
    if not (x < y) or z:
        return 1
    elif not not (x < y) or z:
        return 3
    else:
        return 2
print('not (x < y) or z', 'elif', run(v56_1))


def v56_2(x, y, z):
    if not (x < y) or z:
        x = 1
    else:
        x = 2
print('not (x < y) or z', 'ifend', run(v56_2))


def v56_3(x, y, z):
    n = 0
    while not (x < y) or z:
        n += 1
        if n > 2:
            break
    return n
print('not (x < y) or z', 'while', run(v56_3))


def v56_4(x, y, z):
    assert not (x < y) or z, 'no'
print('not (x < y) or z', 'assert', run(v56_4))


def v56_5(x, y, z):
    return 1 if not (x < y) or z else 2
print('not (x < y) or z', 'ifexp', run(v56_5))


def v56_6(x, y, z):
    return [a for a in (x, y, z) if not (x < y) or z]
print('not (x < y) or z', 'comp', run(v56_6))


def v56_7(x, y, z):
    return not (x < y) or z
print('not (x < y) or z', 'value', run(v56_7))


def v57_0(x, y, z):
    if x is not None and y is not None and z is not None:
        return 1
    return 2
print('x is not None and y is not None and z is not None', 'if', run(v57_0))


def v57_1(x, y, z):
    if x is not None and y is not None and z is not None:
        return 1
    elif not x is not None and y is not None and z is not None:
        return 3
    else:
        return 2
print('x is not None and y is not None and z is not None', 'elif', run(v57_1))


def v57_2(x, y, z):
    if x is not None and y is not None and z is not None:
        x = 1
    else:
        x = 2
print('x is not None and y is not None and z is not None', 'ifend', run(v57_2))


def v57_3(x, y, z):
    n = 0
    while x is not None and y is not None and z is not None:
        n += 1
        if n > 2:
            break
    return n
print('x is not None and y is not None and z is not None', 'while', run(v57_3))


def v57_4(x, y, z):
    assert x is not None and y is not None and z is not None, 'no'
print('x is not None and y is not None and z is not None', 'assert', run(v57_4))


def v57_5(x, y, z):
    return 1 if x is not None and y is not None and z is not None else 2
print('x is not None and y is not None and z is not None', 'ifexp', run(v57_5))


def v57_6(x, y, z):
    return [a for a in (x, y, z) if x is not None and y is not None and z is not None]
print('x is not None and y is not None and z is not None', 'comp', run(v57_6))


def v57_7(x, y, z):
    return x is not None and y is not None and z is not None
print('x is not None and y is not None and z is not None', 'value', run(v57_7))


def v58_0(x, y, z):
    if (not x) == y:
        return 1
    return 2
print('(not x) == y', 'if', run(v58_0))


def v58_1(x, y, z):
    if (not x) == y:
        return 1
    elif not (not x) == y:
        return 3
    else:
        return 2
print('(not x) == y', 'elif', run(v58_1))


def v58_2(x, y, z):
    if (not x) == y:
        x = 1
    else:
        x = 2
print('(not x) == y', 'ifend', run(v58_2))


def v58_3(x, y, z):
    n = 0
    while (not x) == y:
        n += 1
        if n > 2:
            break
    return n
print('(not x) == y', 'while', run(v58_3))


def v58_4(x, y, z):
    assert (not x) == y, 'no'
print('(not x) == y', 'assert', run(v58_4))


def v58_5(x, y, z):
    return 1 if (not x) == y else 2
print('(not x) == y', 'ifexp', run(v58_5))


def v58_6(x, y, z):
    return [a for a in (x, y, z) if (not x) == y]
print('(not x) == y', 'comp', run(v58_6))


def v58_7(x, y, z):
    return (not x) == y
print('(not x) == y', 'value', run(v58_7))


def v59_0(x, y, z):
    if x in (1,) or None:
        return 1
    return 2
print('x in (1,) or None', 'if', run(v59_0))


def v59_1(x, y, z):
    if x in (1,) or None:
        return 1
    elif not x in (1,) or None:
        return 3
    else:
        return 2
print('x in (1,) or None', 'elif', run(v59_1))


def v59_2(x, y, z):
    if x in (1,) or None:
        x = 1
    else:
        x = 2
print('x in (1,) or None', 'ifend', run(v59_2))


def v59_3(x, y, z):
    n = 0
    while x in (1,) or None:
        n += 1
        if n > 2:
            break
    return n
print('x in (1,) or None', 'while', run(v59_3))


def v59_4(x, y, z):
    assert x in (1,) or None, 'no'
print('x in (1,) or None', 'assert', run(v59_4))


def v59_5(x, y, z):
    return 1 if x in (1,) or None else 2
print('x in (1,) or None', 'ifexp', run(v59_5))


def v59_6(x, y, z):
    return [a for a in (x, y, z) if x in (1,) or None]
print('x in (1,) or None', 'comp', run(v59_6))


def v59_7(x, y, z):
    return x in (1,) or None
print('x in (1,) or None', 'value', run(v59_7))

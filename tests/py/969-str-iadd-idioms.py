# str building idioms in warmed-up functions: s += str(i) from an empty s
# (the first append gives the right operand itself, then it grows in
# place), f-string rebuilding (always new), two locals appended in one
# loop, and a += whose left operand is another local (never in place).
import sys
# str building idioms in a function, ids and sizes
def build_join(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    return ''.join(parts)
def build_fstring(n):
    s = ''
    for i in range(n):
        s = f'{s}{i}'
    return s
def build_mul(n):
    s = 'a'
    for i in range(n):
        s = s * 1 + 'b'
    return s
def build_iadd_int(n):
    s = ''
    for i in range(n):
        old = id(s)
        s += str(i)
        yield id(s) == old
print(build_join(15), build_fstring(15), build_mul(15))
print(''.join('T' if x else '.' for x in build_iadd_int(40)))
def two_locals(n):
    a = 'p' * 6
    b = 'q' * 6
    out = ''
    for i in range(n):
        oa, ob = id(a), id(b)
        a += 'x'
        b = b + 'y'
        out += ('T' if id(a) == oa else '.') + ('T' if id(b) == ob else '.')
    return out
print(two_locals(14))
def swap(n):
    a = 'p' * 6
    b = 'q' * 6
    out = []
    for i in range(n):
        oa = id(a)
        a = b + 'x'
        out.append(id(a) == oa)
        a, b = b, a
    return out
print(swap(14))

# s += t at module level, in a class body, on a global, on a closure's
# cell, on an attribute: only a function's plain local (STORE_FAST right
# after the BINARY_OP) gets BINARY_OP_INPLACE_ADD_UNICODE, so only there
# does id(s) survive the append.
import sys

s = 'm' * 7
same = []
for i in range(20):
    old = id(s)
    s += 'n'
    same.append(id(s) == old)
print(same)

g = 'g' * 7
def on_global(n):
    global g
    same = []
    for i in range(n):
        old = id(g)
        g += 'h'
        same.append(id(g) == old)
    return same
print(on_global(12))

def on_cell(n):
    c = 'c' * 7
    def peek():
        return c
    same = []
    for i in range(n):
        old = id(c)
        c += 'd'
        same.append(id(c) == old)
    return same, peek()
print(on_cell(12))

class Box:
    pass

def on_attr(n):
    b = Box()
    b.s = 'a' * 7
    same = []
    for i in range(n):
        old = id(b.s)
        b.s += 'b'
        same.append(id(b.s) == old)
    return same
print(on_attr(12))

class Body:
    t = 'k' * 7
    same = []
    for i in range(12):
        old = id(t)
        t += 'l'
        same.append(id(t) == old)
print(Body.same)

def warm_by_calls(piece):
    s = 'w' * 7
    old = id(s)
    s += piece
    return id(s) == old
print([warm_by_calls('x') for i in range(12)])

def gen():
    s = 'y' * 7
    while True:
        old = id(s)
        s += 'z'
        yield id(s) == old
it = gen()
print([next(it) for i in range(12)])

def mixed(items):
    s = 'p' * 7
    same = []
    for x in items:
        old = id(s)
        s = s + x
        same.append(id(s) == old)
    return same
print(mixed(['1'] * 12))
print(mixed(['1', '2'] * 6))

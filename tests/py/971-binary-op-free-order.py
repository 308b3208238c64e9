# Once a code object is quickened, BINARY_OP on two ints or two floats
# specializes (ADD/SUBTRACT/MULTIPLY_INT and _FLOAT), and those forms drop
# the right operand before the left: two dying operands reach the float
# free list (or pymalloc's pool) in the other order, which the next
# allocations show.  Division has no specialized form in 3.11, and str
# + str (ADD_UNICODE) drops the left one first, as BINARY_OP does.
ids = []
def mk(x):
    v = x * 1.5
    ids.append(id(v))
    return v
def f(op):
    out = []
    for i in range(14):
        del ids[:]
        if op == '+':
            t = mk(1.0) + mk(2.0)
        elif op == '-':
            t = mk(1.0) - mk(2.0)
        elif op == '*':
            t = mk(1.0) * mk(2.0)
        else:
            t = mk(1.0) / mk(2.0)
        u = float(i)
        out.append('L' if id(u) == ids[0] else 'R' if id(u) == ids[1] else '?')
        del t, u
    return ''.join(out)
print(f('+'))
print(f('-'))
print(f('*'))
print(f('/'))
big = []
def mkint(x):
    v = x * 10**20
    big.append(id(v))
    return v
def g(op):
    out = []
    for i in range(14):
        del big[:]
        if op == '+':
            t = mkint(3) + mkint(5)
        elif op == '-':
            t = mkint(3) - mkint(5)
        else:
            t = mkint(3) * mkint(5)
        u = i * 10**20 + 1
        w = i * 10**20 + 2
        out.append('L' if id(u) == big[0] else 'R' if id(u) == big[1] else '?')
        del t, u, w
    return ''.join(out)
print(g('+'))
print(g('-'))
print(g('*'))
sids = []
def mks(x):
    v = x * 20
    sids.append(id(v))
    return v
def fs():
    out = []
    for i in range(14):
        del sids[:]
        t = mks('a') + mks('b')
        c = 'c'; u = c * 20
        out.append('L' if id(u) == sids[0] else 'R' if id(u) == sids[1] else '?')
        del t, u
    return ''.join(out)
print(fs())
def gs():
    out = []
    for i in range(14):
        del sids[:]
        t = mks('a') + mks('b')
        c = 'c'; u = c * 20
        out.append('L' if id(u) == sids[0] else 'R' if id(u) == sids[1] else '?')
        del u
        del t
    return ''.join(out)
print(gs())
def mixed():
    out = []
    for i in range(14):
        del ids[:]
        t = mk(1.0) + (mk(2.0) if i < 9 else 3)
        u = float(i)
        out.append('L' if id(u) == ids[0] else 'R' if len(ids) > 1 and id(u) == ids[1] else '?')
        del t, u
    return ''.join(out)
print(mixed())

# & | ^ on negative big ints: long_bitwise makes each negative operand's
# two's complement as an object of its own, then the result's object, and
# drops the complements (the larger operand's first), then the result
# itself when it normalizes to a small int.  tracemalloc's peak and the
# blocks the next ints take show them.
a = 12345678901234567890123456789012345678901234567890
b = -a
c = -(7 ** 40)
# Which block the next int of the complement's size takes.
u = -a
old = id(u)
del u
r = b ^ c
w = -a
print("complement's block reused:", id(w) == old)
del r, w
u = -a
old = id(u)
del u
r = b & a
w = -a
x = -a
print("after a small result:", id(w) == old, id(x) == old)
import tracemalloc
tracemalloc.start()


def peak_of(label, f):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = f()
    c1, p1 = tracemalloc.get_traced_memory()
    print(label, c1 - c0, p1 - c0)
    return r


def f_and_nn():
    return b & c


def f_or_nn():
    return b | c


def f_xor_nn():
    return b ^ c


def f_and_np():
    return b & a


def f_xor_self():
    return b ^ b


def f_or_small():
    return c | 12345


def f_and_pos():
    return a & (a >> 3)


for label, f in [("and--", f_and_nn), ("or--", f_or_nn), ("xor--", f_xor_nn),
                 ("and-+", f_and_np), ("xor-self", f_xor_self), ("or-small", f_or_small),
                 ("and++", f_and_pos)]:
    r = peak_of(label, f)
    print(" result", r if -1000 < r < 1000 else len(str(r)))
    del r

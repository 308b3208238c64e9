# pow() and ** on big ints: long_pow's products, their reductions by the
# modulus (x_divrem's objects), the 5-bit window's table of 16 odd powers,
# a negative modulus's copy and a negative exponent's modular inverse
# (long_invmod's quotients and products) -- each an object made and freed
# in CPython's order, so tracemalloc's peak matches.
a = 12345678901234567890123456789012345678901234567890
m = 10 ** 30 + 7
# The blocks freed last decide where the next ints go.
u = a + 1
old = id(u)
del u
r = pow(a, 1000003, m)
w = a + 1
print("product's block reused:", id(w) == old)
try:
    pow(a * 2, -1, 10 ** 30)
except ValueError as e:
    print("ValueError:", e)

import tracemalloc
tracemalloc.start()


def peak_of(label, f):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = f()
    c1, p1 = tracemalloc.get_traced_memory()
    print(label, c1 - c0, p1 - c0, r % 1000003)


def p_tiny():
    return pow(a, 3, m)


def p_binary():
    return pow(a, 5, m)


def p_binary_big():
    return pow(a, 123456789, m)


def p_window():
    return pow(a, 12345678901234567890, 10 ** 40 + 3)


def p_negmod():
    return pow(-a, 3, -(10 ** 40))


def p_inverse():
    return pow(a, -1, m)


def p_inverse2():
    return pow(a, -3, m)


def p_nomod3():
    return a ** 3


def p_nomod7():
    return a ** 7


def p_nomod_neg():
    return (-a) ** 11


def p_reduced_base():
    return pow(a * a, 6, m)


def p_small_mod():
    return pow(a, 77, 1000)


def p_mod_one():
    return pow(a, 5, -1)


for label, f in [("tiny", p_tiny), ("binary", p_binary), ("binary-big", p_binary_big),
                 ("window", p_window), ("negative-modulus", p_negmod),
                 ("inverse", p_inverse), ("inverse-cubed", p_inverse2),
                 ("a**3", p_nomod3), ("a**7", p_nomod7), ("(-a)**11", p_nomod_neg),
                 ("reduced-base", p_reduced_base), ("small-modulus", p_small_mod),
                 ("modulus-1", p_mod_one)]:
    peak_of(label, f)

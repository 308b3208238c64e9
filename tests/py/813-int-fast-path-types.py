# Arithmetic between an int and something else: each int fast path checks
# both operands are ints before it reads them as ints (ASan caught None + 1).
class X:
    pass
for a, b in ((None, 1), (1, None), (X(), 3), (2**40, 'a'), ('a', 2**40)):
    for f in (lambda: a + b, lambda: a - b, lambda: a // b, lambda: a % b):
        try:
            f()
        except TypeError as e:
            print(e)

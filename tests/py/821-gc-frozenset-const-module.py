# `x in {...}` of constants: the optimizer makes a frozenset (kept until
# the script ends), the compiler's constant merger a second one for
# co_consts, with a frozenset of keys in its cache; equal sets share one
# constant.  A set display of 3+ constants is a frozenset constant too.
import gc
print(gc.get_count())
a = 1 in {1, 2, 3}
b = 5 in {1, 2, 3}
c = 2.5 in {2.5, 3.5}
d = (1, 2) in {(1, 2), (3, 4)}
e = {7, 8, 9}
f = 1 not in {1, 2.5, (3, 4), b'x'}
print(a, b, c, d, sorted(e), f)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())

# What CPython 3.11's parser puts in its arena list, in order: each token's
# text as bytes when it reads the token, a name's string each time a rule
# reads it as a name (backtracking makes several), a number's object each
# time it is read, a string literal once, then the optimizer's folded
# constants (a tuple of constants, not only its items).
import gc
x = 12345
y = 'a b'
z = (1.5, -2)
print(x, y, z)
arena = [r for r in gc.get_referrers(x) if type(r) is list][0]
for o in arena:
    print(type(o).__name__, repr(o))

# The small ints, the empty tuple and the like are static objects in
# CPython 3.11: their reference count starts near 10**9 and counts the
# interpreter's own references (modules, code, the AST of this very file
# while it runs: each literal the parser read).  The changes a program
# makes to them are the same as for any object.
import sys
r = sys.getrefcount
print(r(5), r(255), r(-5), r(()))
print(r(True) > 10, r(False) > 10, r(None) > 1000, r(...), r(NotImplemented))
before = [r(1), r(5), r(255), r(()), r(True), r(False)]
ones = [1] * 100
fives = [5, 5, 5]
pairs = [(), ()]
flags = [True] * 7 + [False] * 3
after = [r(1), r(5), r(255), r(()), r(True), r(False)]
print([b - a for a, b in zip(before, after)])
def f(x=255):
    return x + 0
print(r(255) - after[2], f())
del ones, fives
print(r(1) - after[0], r(5) - after[1])
print(r(12345) < 10, r(1.5) < 10, r('not a small string') < 10)

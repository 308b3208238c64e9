# A bytes constant the optimizer folds to empty (`b'0123' * 0`: bytes_repeat
# makes a new object, not the b'' singleton) and merges into the compiler's
# constant cache before any empty co_exceptiontable becomes the
# co_exceptiontable of every code object assembled after it: an empty table
# is b'', merged as a constant (merge_const_one), so it finds the folded one.
# Each function, lambda, class body and method here, and the module itself,
# holds one more reference to it; a code object with a handler does not.
# Found by gen.py's memview feature (fuzzing, stop 29).
import sys
a = b'0123' * 0
b = b''
print(sys.getrefcount(a), a is b, len(a))
def f():
    return 1
def g(x):
    return x
h = lambda: 2
class C:
    y = 3
    def m(self):
        return 4
def k():
    try:
        return 5
    except ValueError:
        return 6
print(sys.getrefcount(a))
del f, g, h, C, k
print(sys.getrefcount(a), a == b'', a is b'')

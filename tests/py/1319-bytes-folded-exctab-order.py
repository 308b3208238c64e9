# Which b'' the compiler's constant cache holds first decides what a
# folded empty bytes constant is: a function assembled before it leaves
# its empty co_exceptiontable (the b'' singleton) there, so the folded
# constant merges into the singleton.  A comprehension is assembled
# before its outermost iterable is compiled, a function's defaults are
# compiled before its body is assembled.
import sys
def f():
    return 1
a = b'0123' * 0
print(sys.getrefcount(a) > 10**6, a is b'')
c = [x for x in b'45' * 0]
d = b'67' * 0
print(c, sys.getrefcount(d) > 10**6)

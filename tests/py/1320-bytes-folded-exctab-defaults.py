# A folded empty bytes constant in a function's defaults, compiled before
# the function's body is assembled, is merged first: the function's empty
# co_exceptiontable, the lambda's and the module's are that object; a later
# `0 * b'x'` in a function body merges into it too.  In a tuple constant
# the folded item is merged as the tuple's items are.
import sys
def f(x=b'zz' * 0):
    return x
print(sys.getrefcount(f()))
k = lambda y=b'q' * 0: y
print(sys.getrefcount(k()), k() is f())
t = (b'ab' * 0, 1)
def g():
    return 0 * b'x'
print(sys.getrefcount(t[0]), g() is t[0], t[0] is f())

# A folded empty bytes constant in a class body is merged before the class
# body's code is assembled; a module with a try statement has a non-empty
# co_exceptiontable and holds no reference to it, while the function after
# it (no handler) does.
import sys
try:
    class C(object):
        a = b'0123' * 0
except ValueError:
    pass
print(sys.getrefcount(C.a))
def f():
    pass
print(sys.getrefcount(C.a))
del f
print(sys.getrefcount(C.a))

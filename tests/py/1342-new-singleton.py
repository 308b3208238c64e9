# A singleton's __new__ returns the instance it keeps: __init__ runs again
# on it at every call (type_call: an instance of the class), and each call
# takes a reference (sys.getrefcount); the class attribute holds it.
import sys, gc
class Single:
    _it = None
    def __new__(cls):
        if cls._it is None:
            print("creating")
            cls._it = super().__new__(cls)
        return cls._it
    def __init__(self):
        print("init", sys.getrefcount(self))
a = Single()
b = Single()
print(a is b, sys.getrefcount(a), gc.is_tracked(a))
c = [Single() for _ in range(3)]
print(sys.getrefcount(a))
del c, b
print(sys.getrefcount(a))
Single._it = None
print(sys.getrefcount(a), Single() is a)

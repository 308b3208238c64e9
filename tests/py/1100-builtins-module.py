# __main__'s __builtins__ is the builtins module: its repr, its attributes
# (the builtins themselves, by identity), its dir(), AttributeError for a
# name it lacks, and the references CPython's own objects hold to it
# (sys.modules, every module's and function's builtins...).
import sys
print(__builtins__)
print(type(__builtins__), type(__builtins__) is type(sys))
print(__builtins__ is sys, __builtins__.__name__, repr(__builtins__.__package__))
print(__builtins__.len("abcd"), __builtins__.max is max, __builtins__.int is int)
print(__builtins__.ValueError is ValueError, __builtins__.print is print)
try:
    __builtins__.no_such_builtin
except AttributeError as e:
    print(type(e).__name__, e)
names = dir(__builtins__)
print(len(names), names[:4], names[-4:])
print("map" in names, "getsizeof" in names, names == sorted(names))
before = sys.getrefcount(__builtins__)
g = __builtins__
print(sys.getrefcount(__builtins__) - before)
del g
print(sys.getrefcount(__builtins__) == before, before)
print(globals()["__builtins__"] is __builtins__)
f = __builtins__.sorted
print(f([3, 1, 2]), sys.getrefcount(f))

# A module's own __name__, __doc__ and __package__ (its md_dict's entries):
# sys's and builtins' names are start-up strs of their own, gc's is the
# interned str `import gc` compiled; the docstrings are start-up's strs, with
# the references CPython holds to them.
import sys
import gc
for m in (sys, gc, __builtins__):
    print(m.__name__, repr(m.__package__), m.__name__ is sys.intern(m.__name__))
    d = m.__doc__
    print(type(d).__name__, len(d), d.splitlines()[0])
    print(sys.getrefcount(d), sys.getrefcount(m.__doc__) == sys.getrefcount(d))
print(sys.getrefcount(sys.__name__), sys.getrefcount(__builtins__.__name__))
print(sys.__name__ == "sys", gc.__name__ is "gc" == "gc")
print(id(sys.__doc__) == id(sys.__doc__), sys.__doc__ is sys.__doc__)
print(len(sys.__doc__.split()), sys.__doc__.count("\n"), sys.__doc__[-40:])
try:
    gc.no_such_name
except AttributeError as e:
    print(e)
import tracemalloc
print(tracemalloc.__name__, tracemalloc.__doc__, repr(tracemalloc.__package__))
print(sys.getrefcount(__builtins__.__doc__), sys.getrefcount(sys.__doc__))

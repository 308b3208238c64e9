# The slot wrappers python3 measures in _io.TextIOWrapper's dict, found by
# the type's __name__ as slotnames.py keys them (they were not: __next__
# was refused by name): shown as python3 shows them; calling one that
# heapviz does not model is still refused.
import sys
T = type(sys.stdout)
print(T.__next__, T.__init__, T.__repr__)
print(T.__next__.__name__, T.__next__.__objclass__ is T, T.__next__ is T.__next__)
print(type(T.__next__).__name__, "__next__" in dir(T), callable(T.__init__))
print(repr(sys.stdout.__next__).startswith("<method-wrapper '__next__' of _io.TextIOWrapper object at 0x"))
print(T.__repr__(sys.stdout))
print(sys.getrefcount(T.__next__) == sys.getrefcount(T.__next__))

# What a class with several bases costs: sys.getsizeof of its instances
# (the primary base's layout; with __slots__, a __dict__ or __weakref__ a
# secondary base has: type_new_slot_bases) and of the class, and the
# references its bases gain (the bases and mro tuples; tp_base only for
# the primary one) and lose again when it is collected.
import sys, gc
class A: pass
class B: pass
class S:
    __slots__ = ('a', 'b')
class Q:
    __slots__ = ()
print(sys.getrefcount(A), sys.getrefcount(B), sys.getrefcount(S))
class C(A, B): pass
class D(S, A): pass
class D0(S, A):
    __slots__ = ()
class D1(S, Q):
    __slots__ = ()
class R(Q, A): pass
print(sys.getrefcount(A), sys.getrefcount(B), sys.getrefcount(S))
for cls in (C, D, D0, D1, R):
    obj = cls()
    print(cls.__name__, cls.__base__.__name__, sys.getsizeof(obj), sys.getsizeof(cls),
          hasattr(obj, '__dict__'), '__weakref__' in dir(cls))
D0().a = 1
try:
    D1().z = 1
except AttributeError as e:
    print(e)
del C, D, D0, D1, R, cls, obj
print(gc.collect(), sys.getrefcount(A), sys.getrefcount(B), sys.getrefcount(S))

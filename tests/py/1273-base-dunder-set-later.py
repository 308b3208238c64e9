# A special method set on (or deleted from) a class after its subclasses
# were made reaches them too (update_slot recurses through tp_subclasses):
# a single-inheritance subclass, a class with several bases reached from
# either, a grandchild; one that defines the method itself keeps its own.
class A: pass
class M: pass
class B(A): pass
class C(A, M): pass
class G(C): pass
class Own(M):
    def __iter__(self):
        return iter("own")
A.__len__ = lambda self: 3
M.__iter__ = lambda self: iter([1, 2])
print(len(B()), len(C()), len(G()), list(C()), list(G()), list(Own()))
M.__repr__ = lambda self: "M-repr"
print(repr(C()), repr(G()), B().__repr__()[:12])
del A.__len__
try:
    len(G())
except TypeError as e:
    print(e)
del M.__iter__
try:
    iter(C())
except TypeError as e:
    print(e)
print(list(Own()))

# type.__subclasses__() of a class: a new list of the classes registered
# with it (each of a multiple inheritance's bases lists the class), the
# dead ones gone after a collection; type.mro() and __subclasses__() as
# bound and unbound methods, and python3's argument errors for both.
import sys, gc, tracemalloc
class A: pass
class B: pass
print(A.__subclasses__())
class C(A, B): pass
class D(A): pass
class E(C): pass
print(A.__subclasses__(), B.__subclasses__(), C.__subclasses__(), E.__subclasses__())
tracemalloc.start()
s = tracemalloc.get_traced_memory()[0]
subs = A.__subclasses__()
print(tracemalloc.get_traced_memory()[0] - s, sys.getsizeof(subs), sys.getrefcount(C))
del subs, C, E
gc.collect()
print(A.__subclasses__(), B.__subclasses__())
m = A.__subclasses__
print(type(m).__name__, m.__name__, m())
try:
    A.__subclasses__(1)
except TypeError as e:
    print(e)
print(type.mro(D), type.__subclasses__(A))
for call in (lambda: A.mro(x=1), lambda: type.mro(A, 1), lambda: type.__subclasses__(A, 2), lambda: type.mro(), lambda: D.__subclasses__(3)):
    try:
        call()
    except TypeError as e:
        print(e)

# Classes made by a metaclass in the collector's view: each holds its
# metaclass (gc.get_referents lists it first), they die in the collection
# that frees their cycles (mro, __dict__'s functions) and release it; the
# metaclass itself then goes too (a weak reference to it reports it).
import gc
import sys
import _weakref


class Meta(type):
    def hello(cls):
        return 'hello ' + cls.__name__


class A(metaclass=Meta):
    def f(self):
        return 1


print(gc.get_referents(A)[0] is Meta, gc.is_tracked(A), sys.getrefcount(Meta))
B = Meta('B', (A,), {})
print(sys.getrefcount(Meta), B.hello(), A.__subclasses__())
gone = []
r = _weakref.ref(Meta, lambda ref: gone.append('Meta gone'))
del A, B
print(gc.collect(), sys.getrefcount(Meta), gone)
del Meta
print(gc.collect(), gone, r())

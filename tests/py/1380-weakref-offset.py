# Whether a class's instances take weak references is its tp_weaklistoffset,
# fixed when the class is made: deleting the __weakref__ descriptor from the
# class dict changes nothing, and a subclass of a var-sized base (int, tuple)
# has no weakref slot at all.
import _weakref
import sys

class C:
    __slots__ = ('__weakref__',)

del C.__weakref__
c = C()
r = _weakref.ref(c)
print(r() is c)

class D(C):
    __slots__ = ()

print(sys.getsizeof(D()), sys.getsizeof(C()))

class I(int):
    pass

class T(tuple):
    pass

for v in (I(5), T((1, 2))):
    try:
        _weakref.ref(v)
    except TypeError as e:
        print(e)

# A built-in type's __mro__, __bases__ and __base__: the static tuples
# type_ready gives it (the same object at each read, held by the type
# alone: sys.getrefcount 2, untracked), object's __bases__ the empty
# tuple; a class's mro ends with its built-in base's.
import sys, gc
print(int.__mro__, int.__bases__, int.__base__, object.__base__)
print(object.__mro__, object.__bases__ == (), len(object.__bases__), bool.__mro__, bool.__bases__)
print(KeyError.__mro__, BrokenPipeError.__bases__, ZeroDivisionError.__base__)
print(type.__mro__, type(len).__mro__, type(iter([])).__mro__, reversed.__mro__)
m = int.__mro__
print(m is int.__mro__, int.__bases__ is int.__bases__, sys.getrefcount(int.__mro__),
      sys.getrefcount(bool.__bases__), sys.getrefcount(m), gc.is_tracked(m))
print(sys.getsizeof(m), sys.getsizeof(bool.__mro__), sys.getsizeof(KeyError.__mro__))
class E(KeyError):
    pass
print(E.__mro__, E.__bases__, E.__mro__[1:] == KeyError.__mro__, sys.getrefcount(KeyError.__mro__))
print([t.__name__ for t in ValueError.__mro__ if '__str__' in t.__dict__])
print(issubclass(bool, int.__mro__), isinstance(True, bool.__bases__))

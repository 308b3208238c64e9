# __base__, __bases__ and __mro__ of classes (and the tuples' identity).
import sys
class A:
    pass
class B(A):
    pass
class C(B):
    pass
print(A.__bases__, B.__bases__, C.__base__, A.__base__, object.__base__)
print(A.__mro__)
print(C.__mro__)
print(B.__mro__ is B.__mro__, C.__bases__ is C.__bases__, len(C.__mro__))
print(sys.getrefcount(C.__mro__), sys.getrefcount(C.__bases__))
print(int.__base__, bool.__base__, KeyError.__base__, type.__base__)
class E(ValueError):
    pass
print(E.__bases__, E.__base__)
print(C.__mro__[1] is B, [k.__name__ for k in C.__mro__])
try:
    A.__mrox__
except AttributeError as ex:
    print(ex)

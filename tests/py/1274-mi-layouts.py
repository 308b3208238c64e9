# best_base among bases whose layouts extend one another: exception
# subclasses of two exceptions (each adds only a __weakref__ slot), list
# subclasses with and without __slots__ in either order (the one with
# slots is __base__ both ways), a class with slots beside a sibling that
# only adds a __dict__; the sizes of their instances.
import sys
class E(ValueError): pass
class F(KeyError): pass
class X(E, F): pass
print(X.__base__, sys.getsizeof(X()), [k.__name__ for k in X.__mro__])
class A(list): __slots__ = ('x',)
class B(list): pass
class C(A, B): pass
class D(B, A): pass
c = C(); c.x = 1; c.y = 2
print(C.__base__, D.__base__, sys.getsizeof(c), sys.getsizeof(D()), c.x, c.y)
class P: __slots__ = ('p',)
class Q(P): pass
class R(P): __slots__ = ('r',)
class S(Q, R): pass
class T(R, Q): pass
print(S.__base__, sys.getsizeof(S()))
print(T.__base__, sys.getsizeof(T()))
class W(dict, object): pass
print(W.__mro__)

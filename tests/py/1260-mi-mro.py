# Multiple inheritance: the C3 linearization (mro_implementation) of a
# diamond and of the classic K1/K2/K3 example, __mro__ (a tuple made once),
# mro() (a new list each call), __bases__ (the statement's tuple) and
# __base__ (best_base: the first base when no layout differs).
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in K3.mro()], K3.__bases__, K3.__base__)
print(Z.__mro__ is Z.__mro__, Z.mro() is Z.mro(), Z.mro() == list(Z.__mro__))
print(type(Z.__mro__).__name__, type(Z.mro()).__name__, len(Z.__mro__))
class Left(A): pass
class Right(A): pass
class Diamond(Left, Right): pass
print(Diamond.__mro__)
print(Diamond.__bases__, Diamond.__base__, Right.__base__)
class WithObject(Left, object): pass
print(WithObject.__mro__, O.mro(), object.mro())

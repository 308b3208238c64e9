# isinstance and issubclass along the whole mro of a class with several
# bases (PyType_IsSubtype reads tp_mro, not the tp_base chain), with
# tuples of classes; a class is no subclass of its sibling.
class A: pass
class B: pass
class C(A, B): pass
class D(C): pass
class E(B, list): pass
c, d, e = C(), D(), E()
print(isinstance(c, A), isinstance(c, B), isinstance(d, B), isinstance(e, list))
print(issubclass(C, B), issubclass(D, (int, B)), issubclass(A, B), issubclass(B, C))
print(issubclass(E, B), issubclass(E, list), issubclass(E, A), isinstance(e, (A, B)))
print(type(d).__base__, E.__base__, isinstance(d, object), issubclass(bool, (A, int)))

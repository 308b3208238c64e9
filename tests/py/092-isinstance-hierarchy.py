# isinstance with class hierarchies and built-in exception hierarchy
class A:
    pass
class B(A):
    pass
class C(B):
    pass
objs = [A(), B(), C()]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, B), isinstance(o, C), isinstance(o, (C, int)))
print(isinstance(ValueError(), Exception), isinstance(KeyError(), LookupError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(IndexError(), KeyError))
print(isinstance(RecursionError(), RuntimeError), isinstance(NameError(), Exception))
print(isinstance(A, object), isinstance(3, object), isinstance(None, object))

# slot wrappers, method-wrappers and the descriptors of builtin types:
# their types and reprs (addresses cut off: stdout must not depend on them)
def r(x):
    return repr(x).split(' at 0x')[0]
print(type(object.__repr__), type(list.append), type((5).__repr__))
print(type(int.real), type(int.__add__), type(str.__len__))
print(object.__repr__, object.__init__, object.__eq__)
print(int.__add__, int.__radd__, list.__len__, dict.__setitem__)
print(str.__mod__, tuple.__hash__, frozenset.__or__, set.__ior__)
print(r((5).__repr__), r([].__len__), r('x'.__add__))
print(r(None.__bool__), r((1.5).__neg__), r({}.__iter__))
print(int.real, int.imag, int.numerator, int.denominator, float.real)
print(list.__hash__, dict.__hash__, set.__hash__, slice.__hash__)
print([].__hash__, {}.__hash__)
print(type(None).__repr__, bool.__and__, bool.__add__)
print(type.__call__, type.__repr__)
print(range.__len__, range.__contains__)
class A:
    pass
print(A.__repr__, A.__eq__, A.__hash__, A.__init__, A.__str__)
print(r(A().__repr__), r(A().__init__), r(A().__ne__))
class C:
    def __add__(self, o):
        return 0
print(C.__add__.__qualname__, C.__sub__ if hasattr(C, '__sub__') else 'no __sub__')
print(r(C().__repr__), r(C().__hash__))

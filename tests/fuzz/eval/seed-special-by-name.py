# Special methods called by name (obj_getmethod, inst_getmethod): __slots__, __getattr__, builtins.
class A:
    __slots__ = ("x",)
    def __init__(self, x): self.x = x
    def __repr__(self): return "A(%r)" % (self.x,)
    def __mul__(self, o): return A(self.x * o)
class B:
    def __getattr__(self, name):
        if name == "__repr__":
            return lambda: "fake"
        raise AttributeError(name)
a = A(3)
print(a.__mul__(4), (3).__mul__(5), (2**100).__mul__(2**100) % 1000)
print(a.__repr__(), object().__repr__()[:8], B().__repr__()[:9])
print([1, 2].__repr__(), "x".__repr__(), (1.5).__repr__(), None.__repr__())
print(int.__mul__(6, 7), str.__mul__("ab", 3), list.__repr__([1]))
m = (5).__mul__
print(m(3), m.__self__)
print((3).__mul__(2.5), (3).__add__("x"))
b = B()
try:
    b.__mul__(2)
except AttributeError as e:
    print("AE", e)
print(type(a).__repr__(a), a.__class__.__repr__(a))
print(repr(B())[:10], str(object())[:8])
class C:
    pass
c = C()
print(c.__repr__()[:10], c.__str__()[:10], c.__eq__(c), c.__ne__(1), c.__hash__() == hash(c))
print(c.__format__(""), format(c, "")[:10])

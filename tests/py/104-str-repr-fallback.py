# __str__ falls back to __repr__; __repr__ used inside containers even when __str__ exists
class A:
    def __repr__(self):
        return "A-repr"
class B:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"
print(A(), str(A()), f"{A()}")
print(B(), [B()], (B(), A()), {"k": B()})
print(str([B()]), repr(B()), f"{B()!r}", f"{B()!s}")
class C(B):
    pass
print(C(), [C()])

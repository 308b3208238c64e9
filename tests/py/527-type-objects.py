# type objects: type(), names, isinstance with builtins
print(type(type), type(int), type(1), type("s"), type(None).__name__, type(...).__name__)
print(type(1) is int, type(True) is bool, isinstance(True, int), type(type(1)) is type)
class A:
    pass
print(type(A), type(A()), type(A).__name__, A.__name__)
print(repr(int), str(str), [list, dict])

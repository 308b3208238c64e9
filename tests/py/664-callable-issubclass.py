# callable() and issubclass(): classes, tuples, builtin types, errors.
import sys
class A:
    pass
class B(A):
    def m(self):
        pass
class C:
    def __call__(self):
        return 1
def f():
    pass
print(callable(f), callable(A), callable(A()), callable(C()), callable(C), callable(len))
print(callable(1), callable("s"), callable([].append), callable(B().m), callable(lambda: 0))
print(callable(int), callable(None), callable(print), callable(sys.getrefcount))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object))
print(issubclass(B, (int, A)), issubclass(A, (int, str)), issubclass(bool, int), issubclass(int, bool))
print(issubclass(A, ()), issubclass(A, (A, 1)), issubclass(ValueError, Exception))
print(issubclass(KeyError, (LookupError, TypeError)), issubclass(type, object), issubclass(int, type))
for call in [lambda: issubclass(1, A), lambda: issubclass(A, 1), lambda: issubclass(A, (1, A)),
             lambda: issubclass(1, 1), lambda: issubclass(A), lambda: issubclass(A, A, A),
             lambda: callable(), lambda: callable(1, 2)]:
    try:
        print(call())
    except TypeError as ex:
        print(ex)
x = A()
print(sys.getrefcount(A), callable(x), sys.getrefcount(A))

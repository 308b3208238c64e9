# reversed is a built-in type, as in python3 (PyReversed_Type): what it
# prints as, its type, its name, its count of references (CPython's own
# objects hold 11 of them), its methods, and the type of what it returns.
import sys

r = sys.getrefcount
print(reversed, type(reversed), reversed.__class__)
print(isinstance(reversed, type), callable(reversed), issubclass(reversed, object))
print(reversed.__name__, reversed.__qualname__)
print("refs:", r(reversed))
it = reversed((1, 2, 3))
print(type(it), type(it) is reversed, isinstance(it, reversed))
print(type(reversed("abc")).__name__, type(reversed(b"ab")).__name__)
print("refs with an instance:", r(reversed))
print(isinstance(reversed([1]), reversed), type(reversed([1])).__name__)
print(type(reversed(range(3))).__name__, type(reversed({1: 2})).__name__)
print(reversed.__length_hint__, type(reversed.__length_hint__).__name__)
print(reversed.__reduce__, reversed.__setstate__)
print(reversed.__init__, reversed.__iter__, reversed.__next__)
print(dir(reversed))
print(len(dir(it)), "__length_hint__" in dir(it))
print(hash(reversed) == hash(reversed), {reversed: 1}[reversed], reversed == reversed)
print(sys.getsizeof(reversed), sys.getsizeof(it))
x = reversed
print("another name:", r(reversed))
del x
print(r(reversed))

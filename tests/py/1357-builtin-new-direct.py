# Calling the builtins' __new__ directly (tp_new_wrapper: the argument
# tuple, its slice, the base's tp_new with keywords too), for the builtin
# itself and for subclasses, with the collector's count of what each makes.
import gc
class S(str): pass
class I(int): pass
class F(float): pass
class T(tuple): pass
gc.disable()
for f in [lambda: str.__new__(S, "x"), lambda: int.__new__(I, 5), lambda: float.__new__(F, 2.5), lambda: tuple.__new__(T, [1]),
          lambda: str.__new__(str, "y"), lambda: int.__new__(I, "7", 8), lambda: str.__new__(S, b"ab", "ascii"), lambda: S("q"), lambda: I(3),
          lambda: object.__new__(S) if False else 0, lambda: int.__new__(I, "12", base=4), lambda: list.__new__(list), lambda: dict.__new__(dict)]:
    c0 = gc.get_count()[0]
    r = f()
    c1 = gc.get_count()[0]
    print(repr(r), c1 - c0)
